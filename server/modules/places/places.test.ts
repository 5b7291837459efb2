import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Agent;
let community: Agent;
let fuchunyuan: number; // 富春园社区, the community admin's scope
let honglou: number; // 红楼社区, another community
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
  fuchunyuan = await t.placeId('140322100101');
  honglou = await t.placeId('140322100102');
});
afterAll(() => t.close());

describe('browsing the tree', () => {
  it('starts at the caller’s own place', async () => {
    const res = await community.get('/api/places');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([expect.objectContaining({ name: '富春园社区', kind: 'community', childCount: 2 })]);
  });

  it('lists children with their active child counts', async () => {
    const res = await admin.get(`/api/places?parentId=${await t.placeId('140322')}`);
    expect(res.json().map((p: { name: string }) => p.name)).toEqual(['秀水镇', '孙家庄镇']);
  });

  it('shows a detail with ancestors from the caller’s root and counts below', async () => {
    const grid = await t.placeId('140322100101-01-G1');
    const res = await community.get(`/api/places/${grid}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ancestors.map((a: { name: string }) => a.name)).toEqual(['富春园社区', expect.any(String)]);
    expect(body.descendantCounts.building).toBeGreaterThan(0);
  });

  it('finds places by name, code and pinyin initials', async () => {
    const byName = await admin.get('/api/places/search?q=富春园');
    expect(byName.json().items[0]).toMatchObject({ name: '富春园社区', pathNames: ['盂县', '秀水镇', '富春园社区'] });
    const byCode = await admin.get('/api/places/search?q=140322100102');
    expect(byCode.json().items[0].name).toBe('红楼社区');
    const byPinyin = await admin.get('/api/places/search?q=xsz&kind=street');
    expect(byPinyin.json().items.map((p: { name: string }) => p.name)).toEqual(['秀水镇']);
  });

  it('pages search results', async () => {
    const res = await admin.get('/api/places/search?kind=building&page=2&pageSize=3');
    const body = res.json();
    expect(body.items).toHaveLength(3);
    expect(body.page).toBe(2);
    expect(body.total).toBeGreaterThan(6);
  });
});

describe('scopes', () => {
  it('hides another community’s places as if they did not exist', async () => {
    expect((await community.get(`/api/places/${honglou}`)).statusCode).toBe(404);
    expect((await community.get(`/api/places?parentId=${honglou}`)).statusCode).toBe(404);
    const search = await community.get('/api/places/search?q=红楼');
    expect(search.json().total).toBe(0);
    const add = await community.post('/api/places', { parentId: honglou, kind: 'compound', name: '越权小区' });
    expect(add.statusCode).toBe(404);
  });

  it('does not let a community admin rename its own community', async () => {
    const res = await community.patch(`/api/places/${fuchunyuan}`, { name: '改名社区' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('place.outsideScope');
  });

  it('keeps phone roles out of the console tree', async () => {
    const member = await t.login('member');
    expect((await member.get('/api/places')).statusCode).toBe(403);
  });
});

describe('editing the tree', () => {
  it('adds, renames, moves, retires and restores a place, keeping its history', async () => {
    const created = await community.post('/api/places', { parentId: fuchunyuan, kind: 'compound', name: '幸福里小区' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json().code).toMatch(/^140322100101-\d+$/);

    const grid = await community.post('/api/places', { parentId: id, kind: 'grid', name: '第9网格' });
    expect(grid.statusCode).toBe(201);
    const building = await community.post('/api/places', { parentId: grid.json().id, kind: 'building', name: '1号楼' });

    expect((await community.patch(`/api/places/${id}`, { name: '幸福里' })).json().name).toBe('幸福里');

    // Move the grid (with its building) under another compound.
    const [other] = (await community.get(`/api/places?parentId=${fuchunyuan}`)).json().filter((p: { id: number }) => p.id !== id);
    const moved = await community.post(`/api/places/${grid.json().id}/move`, { parentId: other.id });
    expect(moved.statusCode).toBe(200);
    const detail = (await community.get(`/api/places/${building.json().id}`)).json();
    expect(detail.ancestors.map((a: { id: number }) => a.id)).toEqual([fuchunyuan, other.id, grid.json().id]);

    expect((await community.post(`/api/places/${id}/retire`, { reason: '拆迁' })).json().retired).toBe(true);
    expect((await community.get(`/api/places?parentId=${fuchunyuan}`)).json().some((p: { id: number }) => p.id === id)).toBe(false);
    expect((await community.get(`/api/places?parentId=${fuchunyuan}&includeRetired=true`)).json().some((p: { id: number }) => p.id === id)).toBe(true);
    expect((await community.post(`/api/places/${id}/restore`)).json().retired).toBe(false);

    const history = (await community.get(`/api/places/${id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['created', 'renamed', 'retired', 'restored']);
    expect(history[1]).toMatchObject({ before: { name: '幸福里小区' }, after: { name: '幸福里' }, actorName: '富春园社区书记' });
  });

  it('refuses to move a place under itself or its own child', async () => {
    const compound = (await community.get(`/api/places?parentId=${fuchunyuan}`)).json()[0];
    const [grid] = (await community.get(`/api/places?parentId=${compound.id}`)).json();
    const res = await community.post(`/api/places/${compound.id}/move`, { parentId: grid.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'place.underItself', field: 'parentId' });
    expect((await community.post(`/api/places/${compound.id}/move`, { parentId: compound.id })).statusCode).toBe(400);
  });

  it('refuses a kind that does not fit under its parent', async () => {
    const res = await admin.post('/api/places', { parentId: fuchunyuan, kind: 'street', name: '错层街道', code: '140322199' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('kind');
    expect(res.json().error.messages.en).toContain('cannot be placed under');
  });

  it('refuses a duplicate code and a wrong statistical code', async () => {
    const street = await t.placeId('140322100');
    const dup = await admin.post('/api/places', { parentId: street, kind: 'community', name: '重复社区', code: '140322100101' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'place.duplicateCode', field: 'code' });
    const short = await admin.post('/api/places', { parentId: street, kind: 'community', name: '短码社区', code: '1403221' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('code');
  });

  it('refuses to add under a retired parent, and to retire a place with active children', async () => {
    const compound = (await community.post('/api/places', { parentId: fuchunyuan, kind: 'compound', name: '待撤小区' })).json();
    const grid = (await community.post('/api/places', { parentId: compound.id, kind: 'grid', name: '第1网格' })).json();
    const busy = await community.post(`/api/places/${compound.id}/retire`, {});
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.code).toBe('place.hasActiveChildren');
    await community.post(`/api/places/${grid.id}/retire`, {});
    await community.post(`/api/places/${compound.id}/retire`, {});
    const under = await community.post('/api/places', { parentId: compound.id, kind: 'grid', name: '第2网格' });
    expect(under.statusCode).toBe(400);
    expect(under.json().error.code).toBe('place.parentRetired');
  });

  it('saves nothing when a write fails half-way', async () => {
    const before = (await admin.get('/api/places/search?q=半途&includeRetired=true')).json().total;
    const res = await admin.post('/api/places', { parentId: fuchunyuan, kind: 'compound', name: '半途小区', code: '140322100101' });
    expect(res.statusCode).toBe(409);
    expect((await admin.get('/api/places/search?q=半途&includeRetired=true')).json().total).toBe(before);
  });

  it('names the field of over-long, missing and unknown input', async () => {
    const long = await community.post('/api/places', { parentId: fuchunyuan, kind: 'compound', name: '长'.repeat(51) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toMatchObject({ code: 'validation.tooLong', field: 'name' });
    expect(long.json().error.messages['zh-CN']).toContain('名称');
    const missing = await community.post('/api/places', { kind: 'compound', name: 'x' });
    expect(missing.json().error).toMatchObject({ code: 'validation.required', field: 'parentId' });
    const unknown = await community.post('/api/places', { parentId: fuchunyuan, kind: 'compound', name: 'x', color: 'red' });
    expect(unknown.json().error).toMatchObject({ code: 'validation.unknownField', field: 'color' });
    const wrongType = await community.post('/api/places', { parentId: fuchunyuan, kind: 'castle', name: 'x' });
    expect(wrongType.json().error).toMatchObject({ code: 'validation.enum', field: 'kind' });
  });
});
