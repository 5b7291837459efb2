import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceRecords } from '../../db/schema/index.js';
import { type Agent, multipart, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let resident: Agent;
let community: Agent;
let member: Agent;
let secretary: Agent;
let fuchunyuan: number;
let memberId: number;
beforeAll(async () => {
  t = await startTestApp();
  resident = await t.login('resident');
  community = await t.login('community');
  member = await t.login('member');
  secretary = await t.login('secretary');
  fuchunyuan = await t.placeId('140322100101');
  memberId = (await secretary.get('/api/members?q=王建国')).json().items[0].id;
});
afterAll(() => t.close());

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
async function upload(agent: Agent) {
  return (await agent.raw({ method: 'POST', url: '/api/orders/photos', ...multipart('a.png', png, 'image/png') })).json().id as number;
}

describe('微心愿: posted, claimed, fulfilled with a photo, thanked', () => {
  let id: number;

  it('is posted by a resident and shows on the public wall without the door', async () => {
    const res = await resident.post('/api/wishes', { title: '想要一副老花镜', description: '看报纸看不清' });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    const wall = (await t.app.inject({ method: 'GET', url: `/api/public/communities/${fuchunyuan}/wishes` })).json();
    const mine = wall.find((w: { id: number }) => w.id === id);
    expect(mine).toMatchObject({ title: '想要一副老花镜', status: 'open', community: { name: '富春园社区' } });
    expect(mine.area).not.toMatch(/\d{3}$/);
    expect(JSON.stringify(mine)).not.toContain('李秀英');
  });

  it('goes to the first who claims it', async () => {
    const [a, b] = await Promise.all([member.post(`/api/wishes/${id}/claim`), secretary.post(`/api/wishes/${id}/claim`)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? a.json() : b.json();
    expect(['王建国', '国网盂县供电公司']).toContain(winner.claimer.name);
    // Whoever won fulfils it; make it the member for the rest of the story.
    if (winner.claimer.kind === 'unit') {
      const fulfilled = await secretary.post(`/api/wishes/${id}/fulfil`, { photos: [await upload(secretary)] });
      expect(fulfilled.json().status).toBe('fulfilled');
      return;
    }
    expect((await secretary.post(`/api/wishes/${id}/fulfil`, { photos: [await upload(secretary)] })).statusCode).toBe(403);
    const noPhoto = await member.post(`/api/wishes/${id}/fulfil`, { photos: [] });
    expect(noPhoto.json().error.field).toBe('photos');
    const done = await member.post(`/api/wishes/${id}/fulfil`, { text: '已送到', photos: [await upload(member)] });
    expect(done.json()).toMatchObject({ status: 'fulfilled', claimer: { kind: 'member', id: memberId } });
    const records = await t.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.source, 'wish'), eq(serviceRecords.sourceId, id)));
    expect(records).toEqual([expect.objectContaining({ memberId, title: '微心愿：想要一副老花镜' })]);
  });

  it('is thanked by the household, once', async () => {
    const inbox = (await resident.get('/api/notifications')).json();
    expect(inbox.items[0].kind).toBe('wish.fulfilled');
    const thanked = await resident.post(`/api/wishes/${id}/thank`, { text: '谢谢党员同志！' });
    expect(thanked.json()).toMatchObject({ status: 'thanked', thanks: '谢谢党员同志！' });
    expect((await resident.post(`/api/wishes/${id}/thank`, { text: '再谢' })).json().error.code).toBe('wish.wrongState');
    expect((await member.post(`/api/wishes/${id}/thank`, { text: '自己谢自己' })).statusCode).toBe(403);
  });
});

describe('设岗定责: posts, claims and weekly rosters', () => {
  let postId: number;

  it('sets up a post with slots; members claim until it is full', async () => {
    const res = await community.post('/api/posts', {
      placeId: fuchunyuan,
      postClass: 'stationDuty',
      name: '党群服务站值守',
      duties: '周末值守、接待群众',
      slots: 1,
    });
    expect(res.statusCode).toBe(201);
    postId = res.json().id;
    const claimed = await member.post(`/api/posts/${postId}/claim`);
    expect(claimed.json()).toMatchObject({ holders: [{ id: memberId, name: '王建国' }], mine: true });
    expect((await community.get(`/api/posts/${postId}`)).json()).toMatchObject({ name: '党群服务站值守', mine: false });
    expect((await member.post(`/api/posts/${postId}/claim`)).json().error.code).toBe('post.full');
    expect((await community.post('/api/posts', { placeId: await t.placeId('140322100101-01'), postClass: 'mediator', name: 'x' })).json().error.code).toBe(
      'post.communityOnly',
    );
  });

  it('keeps a week’s roster of the post’s holders, and a served shift becomes a service record once', async () => {
    const put = (body: object) =>
      community.raw({ method: 'PUT', url: `/api/posts/${postId}/roster`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect((await put({ weekStart: '2026-11-24', shifts: [] })).json().error.code).toBe('post.weekStartsMonday');
    expect((await put({ weekStart: '2026-11-23', shifts: [{ date: '2026-12-01', memberId }] })).json().error.field).toBe('shifts.0.date');
    const outsider = (await (await t.login('admin')).get(`/api/members?placeId=${await t.placeId('140322100102')}`)).json().items[0];
    expect((await put({ weekStart: '2026-11-23', shifts: [{ date: '2026-11-28', memberId: outsider.id }] })).json().error.code).toBe('post.notHolder');
    const shifts = (
      await put({
        weekStart: '2026-11-23',
        shifts: [
          { date: '2026-11-28', memberId },
          { date: '2026-11-29', memberId },
        ],
      })
    ).json();
    expect(shifts.map((s: { date: string }) => s.date)).toEqual(['2026-11-28', '2026-11-29']);
    expect((await member.get(`/api/posts/${postId}/roster?weekStart=2026-11-23`)).json()).toHaveLength(2);

    const done = await community.post(`/api/posts/${postId}/shifts/${shifts[0].id}/done`);
    expect(done.json()).toMatchObject({ done: true });
    expect((await community.post(`/api/posts/${postId}/shifts/${shifts[0].id}/done`)).json().error.code).toBe('post.shiftDone');
    const records = await t.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.source, 'duty'), eq(serviceRecords.memberId, memberId)));
    expect(records.map((r) => r.title)).toEqual(['党群服务站值守 2026-11-28']);
    // Re-planning the week keeps the served shift.
    const replanned = (await put({ weekStart: '2026-11-23', shifts: [{ date: '2026-11-27', memberId }] })).json();
    expect(replanned.map((s: { date: string; done: boolean }) => [s.date, s.done])).toEqual([
      ['2026-11-27', false],
      ['2026-11-28', true],
    ]);
  });
});
