import { makeIdNumber } from '#contracts/idcard.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Agent;
let community: Agent;
let fuchunyuan: number;
let aUnit: number; // a stairwell unit in 富春园社区
let honglouUnit: number; // one in 红楼社区
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
  fuchunyuan = await t.placeId('140322100101');
  aUnit = await t.placeId('140322100101-01-B1-1');
  honglouUnit = await t.placeId('140322100102-01-B1-1');
});
afterAll(() => t.close());

type Item = { id: number; name: string; home: { community: { name: string } | null } | null; organization: { name: string } | null };
const id = (birth: string, n: number, g: 'male' | 'female' = 'male') => makeIdNumber('140322', birth, n, g);

describe('members in two hierarchies', () => {
  it('shows a community admin only the members living in the community, masked', async () => {
    const res = await community.get('/api/members?pageSize=100');
    expect(res.statusCode).toBe(200);
    const items: Item[] = res.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((m) => m.home?.community?.name === '富春园社区')).toBe(true);
    expect(res.json().items[0].idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(res.json().items[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('shows a unit secretary only the unit’s members, wherever they live', async () => {
    const secretary = await t.login('secretary');
    const items: Item[] = (await secretary.get('/api/members?pageSize=100')).json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((m) => m.organization?.name))).toEqual(new Set(['国网盂县供电公司']));
    const all: Item[] = (await admin.get('/api/members?pageSize=100')).json().items;
    const elsewhere = all.find((m) => m.organization?.name !== '国网盂县供电公司');
    expect((await secretary.get(`/api/members/${elsewhere?.id}`)).statusCode).toBe(404);
  });

  it('creates a member, deriving birth date and gender from the ID number', async () => {
    const [home] = (await community.get(`/api/households?placeId=${aUnit}`)).json().items;
    const res = await community.post('/api/members', {
      name: '测试党员',
      idNumber: id('1988-08-08', 11, 'female'),
      phone: '13700001111',
      householdId: home.id,
      talents: ['law'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      gender: 'female',
      birthDate: '1988-08-08',
      phone: '137****1111',
      talents: ['law'],
      home: { community: { name: '富春园社区' } },
    });
    // Found by pinyin initials, by exact phone and by exact ID number.
    expect((await community.get('/api/members?q=csdy')).json().items.map((m: Item) => m.name)).toContain('测试党员');
    expect((await community.get('/api/members?q=13700001111')).json().total).toBe(1);
    expect((await community.get(`/api/members?q=${id('1988-08-08', 11, 'female')}`)).json().total).toBe(1);
    expect((await community.get('/api/members?talent=law&pageSize=100')).json().items.map((m: Item) => m.name)).toContain('测试党员');
  });

  it('refuses an invalid ID, a mismatching gender, and a duplicate', async () => {
    const bad = await community.post('/api/members', { name: '甲', idNumber: '140322198808080001' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'idNumber.checksum', field: 'idNumber' });
    const mismatch = await community.post('/api/members', { name: '乙', idNumber: id('1990-01-01', 12, 'male'), gender: 'female' });
    expect(mismatch.json().error).toMatchObject({ code: 'idNumber.genderMismatch', field: 'gender' });
    const born = await community.post('/api/members', { name: '丙', idNumber: id('1990-01-01', 13), birthDate: '1990-01-02' });
    expect(born.json().error.messages['zh-CN']).toContain('1990-01-01');
    const [home] = (await community.get(`/api/households?placeId=${aUnit}`)).json().items;
    const homeless = await community.post('/api/members', { name: '丁', idNumber: id('1991-01-01', 14) });
    expect(homeless.json().error).toMatchObject({ code: 'member.homeRequired', field: 'householdId' });
    await community.post('/api/members', { name: '丁', idNumber: id('1991-01-01', 14), householdId: home.id });
    const twice = await community.post('/api/members', { name: '丁二', idNumber: id('1991-01-01', 14), householdId: home.id });
    expect(twice.json().error.code).toBe('member.duplicateId');
    const again = await community.patch(`/api/members/${(await community.get('/api/members?q=丁')).json().items[0]?.id ?? 0}`, {
      idNumber: id('1988-08-08', 11, 'female'),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('member.duplicateId');
  });

  it('updates some fields and keeps the rest', async () => {
    const [m] = (await community.get('/api/members?q=测试党员')).json().items;
    const res = await community.patch(`/api/members/${m.id}`, { intentions: '法律咨询' });
    expect(res.json()).toMatchObject({ intentions: '法律咨询', phone: '137****1111', talents: ['law'] });
  });

  it('reveals a full ID number on request and audits it', async () => {
    const [m] = (await community.get('/api/members?q=测试党员')).json().items;
    const res = await community.post(`/api/members/${m.id}/reveal`, { field: 'idNumber' });
    expect(res.json().value).toBe(id('1988-08-08', 11, 'female'));
    const log = (await admin.get('/api/audit?action=reveal')).json().items;
    expect(log[0]).toMatchObject({ entity: 'member', entityId: String(m.id), actorName: '富春园社区书记' });
  });
});

describe('households and residents', () => {
  it('adds a household on a stairwell unit, not on a compound, and not twice', async () => {
    const ok = await community.post('/api/households', { placeId: aUnit, doorNo: '601', label: 'specialCare', careCategories: ['elderlyAlone'] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ doorNo: '601', label: 'specialCare', careCategories: ['elderlyAlone'] });
    expect(ok.json().address).toMatch(/^富春园社区 .+ 1号楼 1单元 601$/);
    const twice = await community.post('/api/households', { placeId: aUnit, doorNo: '601' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.field).toBe('doorNo');
    const compound = await community.post('/api/households', { placeId: await t.placeId('140322100101-01'), doorNo: '1' });
    expect(compound.json().error).toMatchObject({ code: 'household.placeKind', field: 'placeId' });
  });

  it('lists key households by care category', async () => {
    const res = (await community.get('/api/households?care=elderlyAlone&pageSize=100')).json();
    expect(res.items.map((h: { doorNo: string }) => h.doorNo)).toContain('601');
    const key = (await community.get('/api/households?keyOnly=true&pageSize=200')).json();
    expect(key.items.every((h: { careCategories: string[] }) => h.careCategories.length > 0)).toBe(true);
  });

  it('keeps another community’s households and residents out of sight', async () => {
    expect((await community.post('/api/households', { placeId: honglouUnit, doorNo: '999' })).statusCode).toBe(404);
    const theirs = (await admin.get(`/api/households?placeId=${honglouUnit}`)).json().items[0];
    expect((await community.get(`/api/households/${theirs.id}`)).statusCode).toBe(404);
    expect((await community.get(`/api/residents?householdId=${theirs.id}`)).json().total).toBe(0);
    expect((await t.login('secretary').then((s) => s.get('/api/households'))).statusCode).toBe(403);
  });

  it('adds a resident with a masked ID and phone', async () => {
    const [home] = (await community.get(`/api/households?placeId=${aUnit}&q=601`)).json().items;
    const res = await community.post('/api/residents', {
      householdId: home.id,
      name: '孤老人',
      idNumber: id('1940-03-03', 15),
      phone: '13600002222',
      relation: 'head',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      idNumber: `1403**********${id('1940-03-03', 15).slice(-4)}`,
      phone: '136****2222',
      birthDate: '1940-03-03',
      gender: 'male',
    });
    expect((await community.get(`/api/households/${home.id}`)).json().residentCount).toBe(1);
  });

  it('opens a resident’s phone account, which logs in by phone and must change its password', async () => {
    const [resident] = (await community.get('/api/residents?q=孤老人')).json().items;
    const opened = await community.post('/api/accounts/for-resident', { residentId: resident.id });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().account).toMatchObject({ role: 'resident', displayName: '孤老人', phone: '136****2222', mustChangePassword: true });
    const again = await community.post('/api/accounts/for-resident', { residentId: resident.id });
    expect(again.json().error.code).toBe('account.residentHasAccount');
    const phoneLogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '13600002222', password: opened.json().temporaryPassword },
    });
    expect(phoneLogin.json().account).toMatchObject({ role: 'resident', mustChangePassword: true });
    const [home] = (await community.get(`/api/households?placeId=${aUnit}`)).json().items;
    const silent = await community.post('/api/residents', { householdId: home.id, name: '无手机', relation: 'child' });
    const refused = await community.post('/api/accounts/for-resident', { residentId: silent.json().id });
    expect(refused.json().error).toMatchObject({ code: 'account.residentPhone', field: 'residentId' });
    const theirs = (await admin.get(`/api/residents?placeId=${honglouUnit}`)).json().items[0];
    expect((await community.post('/api/accounts/for-resident', { residentId: theirs.id })).statusCode).toBe(404);
  });

  it('does not let grid workers manage units, nor members manage anything', async () => {
    const grid = await t.login('grid');
    expect((await grid.post('/api/organizations', { name: '网格单位', kind: 'other', placeId: fuchunyuan })).statusCode).toBe(403);
    const member = await t.login('member');
    expect((await member.get('/api/members')).statusCode).toBe(403);
  });
});

describe('work units', () => {
  it('adds a unit and its party branch, refusing a duplicate name', async () => {
    const res = await community.post('/api/organizations', { name: '富春园物业公司', kind: 'privateEnterprise', industry: '物业', placeId: fuchunyuan });
    expect(res.statusCode).toBe(201);
    const dup = await community.post('/api/organizations', { name: '富春园物业公司', kind: 'other', placeId: fuchunyuan });
    expect(dup.statusCode).toBe(409);
    const branch = await community.post('/api/party-orgs', {
      organizationId: res.json().id,
      name: '富春园物业公司党支部',
      level: 'branch',
      secretaryName: '王书记',
      contactPhone: '13512345678',
    });
    expect(branch.statusCode).toBe(201);
    expect(branch.json().partyOrgs).toEqual([expect.objectContaining({ name: '富春园物业公司党支部', contactPhone: '135****5678' })]);
  });

  it('refuses a party branch of another unit for a member', async () => {
    const orgs = (await admin.get('/api/organizations?pageSize=10')).json().items;
    const res = await admin.post('/api/members', {
      name: '错支部',
      idNumber: id('1992-02-02', 16),
      organizationId: orgs[0].id,
      partyOrgId: orgs[1].partyOrgs[0].id,
    });
    expect(res.json().error).toMatchObject({ code: 'partyOrg.notInOrganization', field: 'partyOrgId' });
  });
});
