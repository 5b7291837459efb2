import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '#contracts/idcard.js';
import { households, members, places, serviceRecords } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import { DomainError } from '../../platform/errors.js';
import { sealIdNumber } from '../../platform/personal.js';
import { type Agent, startTestApp, type TestApp, testClock } from '../../test/harness.js';
import { signUp } from './activities.js';

// Monday 23 November 2026, 09:00 in Beijing.
const clock = testClock(new Date('2026-11-23T01:00:00Z'));
let t: TestApp;
let community: Agent;
let member: Agent;
let fuchunyuan: number;
let memberId: number;
const at = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
beforeAll(async () => {
  t = await startTestApp({ clock: clock.now });
  community = await t.login('community');
  member = await t.login('member');
  fuchunyuan = await t.placeId('140322100101');
  memberId = (await (await t.login('secretary')).get('/api/members?q=王建国')).json().items[0].id;
});
afterAll(() => t.close());

describe('活动 with a rotating QR check-in', () => {
  let id: number;

  it('is published by the community and seen by its members only', async () => {
    const backwards = await community.post('/api/activities', { placeId: fuchunyuan, title: 'x', location: 'y', startsAt: at(60), endsAt: at(0), capacity: 5 });
    expect(backwards.json().error).toMatchObject({ code: 'activity.endsBeforeStart', field: 'endsAt' });
    const res = await community.post('/api/activities', {
      placeId: fuchunyuan,
      title: '楼道清扫志愿活动',
      theme: '美丽家园',
      location: '富春园小区广场',
      startsAt: at(10),
      endsAt: at(130),
      capacity: 20,
      pointsPerHour: 2,
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect((await member.get('/api/activities')).json().items.map((a: { id: number }) => a.id)).toContain(id);
    expect((await (await t.login('community2')).get(`/api/activities/${id}`)).statusCode).toBe(404);
  });

  it('takes each member’s sign-up once', async () => {
    const signed = await member.post(`/api/activities/${id}/signup`);
    expect(signed.json()).toMatchObject({ signedUp: 1, mine: { checkInAt: null } });
    expect((await member.post(`/api/activities/${id}/signup`)).json().error.code).toBe('activity.alreadySignedUp');
  });

  it('checks in with the code on the organiser’s screen, refuses an old photo of it, and records the hours at check-out', async () => {
    const qr = (await community.get(`/api/activities/${id}/qr`)).json();
    expect(qr.svg).toContain('<svg');
    expect(qr.url).toContain(`/m/activities/${id}/check?code=${qr.code}`);
    expect((await member.get(`/api/activities/${id}/qr`)).statusCode).toBe(403);

    clock.advance(15 * 60_000);
    member = await t.login('member');
    community = await t.login('community');
    const stale = await member.post(`/api/activities/${id}/check`, { code: qr.code });
    expect(stale.json().error).toMatchObject({ code: 'activity.codeExpired', field: 'code' });
    const fresh = (await community.get(`/api/activities/${id}/qr`)).json();
    clock.advance(20_000); // scanned a few seconds later: still good
    const checkIn = await member.post(`/api/activities/${id}/check`, { code: fresh.code });
    expect(checkIn.json()).toMatchObject({ action: 'checkIn', hours: 0 });

    clock.advance(90 * 60_000);
    member = await t.login('member');
    community = await t.login('community');
    const out = (await community.get(`/api/activities/${id}/qr`)).json();
    const checkOut = await member.post(`/api/activities/${id}/check`, { code: out.code });
    expect(checkOut.json()).toMatchObject({ action: 'checkOut', hours: 1.5 });
    const again = (await community.get(`/api/activities/${id}/qr`)).json();
    expect((await member.post(`/api/activities/${id}/check`, { code: again.code })).json().error.code).toBe('activity.alreadyCheckedOut');

    const records = await t.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.source, 'activity'), eq(serviceRecords.sourceId, id)));
    expect(records).toEqual([expect.objectContaining({ memberId, hours: 1.5, title: '楼道清扫志愿活动' })]);
    const list = (await community.get(`/api/activities/${id}/attendees`)).json();
    expect(list).toEqual([expect.objectContaining({ member: { id: memberId, name: '王建国' }, hours: 1.5 })]);
    // The member sees it among their service records; the unit's secretary too; another community does not.
    const mine = (await member.get('/api/service-records')).json();
    expect(mine).toMatchObject({ count: 1, hours: 1.5, items: [{ source: 'activity', title: '楼道清扫志愿活动', place: { name: '富春园社区' } }] });
    const secretary = await t.login('secretary');
    expect((await secretary.get(`/api/service-records?memberId=${memberId}`)).json().count).toBe(1);
    expect((await (await t.login('community2')).get(`/api/service-records?memberId=${memberId}`)).statusCode).toBe(404);
    const report = (await secretary.get(`/api/registrations/report/${memberId}?year=2026&half=2`)).json();
    expect(report.services).toEqual([expect.objectContaining({ kind: 'activity', title: '楼道清扫志愿活动', hours: 1.5 })]);
  });

  it('refuses checking in outside the activity’s time, and without signing up', async () => {
    const later = (
      await community.post('/api/activities', {
        placeId: fuchunyuan,
        title: '周末义诊',
        location: '社区卫生站',
        startsAt: at(24 * 60),
        endsAt: at(26 * 60),
        capacity: 5,
      })
    ).json();
    await member.post(`/api/activities/${later.id}/signup`);
    const { code } = (await community.get(`/api/activities/${later.id}/qr`)).json();
    expect((await member.post(`/api/activities/${later.id}/check`, { code })).json().error.code).toBe('activity.outsideWindow');
    const other = (
      await community.post('/api/activities', { placeId: fuchunyuan, title: '读书会', location: '图书室', startsAt: at(0), endsAt: at(60), capacity: 5 })
    ).json();
    const now = (await community.get(`/api/activities/${other.id}/qr`)).json();
    expect((await member.post(`/api/activities/${other.id}/check`, { code: now.code })).json().error.code).toBe('activity.notSignedUp');
  });

  it('never takes more sign-ups than places, whatever arrives at once', async () => {
    const small = (
      await community.post('/api/activities', { placeId: fuchunyuan, title: '助老包饺子', location: '活动室', startsAt: at(60), endsAt: at(120), capacity: 3 })
    ).json();
    const [home] = await t.db
      .select({ id: households.id, placeId: households.placeId })
      .from(households)
      .innerJoin(places, eq(places.id, households.placeId))
      .where(like(places.code, '140322100101-%'))
      .limit(1);
    const crowd = await t.db
      .insert(members)
      .values(
        Array.from({ length: 12 }, (_, i) => ({
          countyCode: '140322',
          name: `报名${i}`,
          gender: 'female' as const,
          birthDate: '1991-02-02',
          householdId: home?.id ?? null,
          homePlaceId: home?.placeId ?? null,
          ...sealIdNumber(t.deps.vault, makeIdNumber('140322', '1991-02-02', 700 + i, 'female')),
        })),
      )
      .returning({ id: members.id });
    const caller = (id: number) =>
      ({ role: 'member', countyCode: '140322', placeId: fuchunyuan, memberId: id, accountId: 1, organizationId: null }) as unknown as Caller;
    const results = await Promise.allSettled(crowd.map((m) => signUp(t.deps, caller(m.id), small.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect([...new Set(refused.map((e) => (e instanceof DomainError ? e.code : String(e))))]).toEqual(['activity.full']);
    expect((await community.get(`/api/activities/${small.id}`)).json().signedUp).toBe(3);
  });
});

describe('志愿服务队 and 一月一主题', () => {
  it('forms a team of the community’s members, and the community dispatches to it', async () => {
    const admin = await t.login('admin');
    const outsider = (await admin.get(`/api/members?placeId=${await t.placeId('140322100102')}`)).json().items[0];
    const wrong = await community.post('/api/teams', { placeId: fuchunyuan, name: '维修服务队', specialty: 'repair', memberIds: [memberId, outsider.id] });
    expect(wrong.json().error).toMatchObject({ code: 'team.memberElsewhere', field: 'memberIds' });
    const team = await community.post('/api/teams', { placeId: fuchunyuan, name: '维修服务队', specialty: 'repair', leaderId: memberId });
    expect(team.json()).toMatchObject({ name: '维修服务队', leader: { id: memberId, name: '王建国' }, members: [{ id: memberId }] });
    expect((await community.post('/api/teams', { placeId: fuchunyuan, name: '维修服务队', specialty: 'repair' })).json().error.code).toBe('team.duplicate');

    const grid = await t.login('grid');
    const [home] = (await grid.get('/api/households')).json().items;
    const order = (await grid.post('/api/orders', { category: 'repair', description: '单元门锁坏了', householdId: home.id })).json();
    const sent = await community.post(`/api/orders/${order.id}/dispatch`, { to: { kind: 'team', id: team.json().id } });
    expect(sent.json().assignee).toEqual({ kind: 'team', id: team.json().id, name: '维修服务队' });
    const mine = (await member.get('/api/orders?view=mine')).json();
    expect(mine.items.find((o: { id: number }) => o.id === order.id).actions).toEqual(['accept', 'decline']);
  });

  it('keeps the county’s theme of each month, set by the org department', async () => {
    const admin = await t.login('admin');
    expect(
      (
        await admin.raw({
          method: 'PUT',
          url: '/api/themes',
          payload: JSON.stringify({ month: '2026-12', theme: '温暖过冬' }),
          headers: { 'content-type': 'application/json' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await member.get('/api/themes?year=2026')).json()).toEqual([{ month: '2026-12', theme: '温暖过冬' }]);
    expect(
      (
        await community.raw({
          method: 'PUT',
          url: '/api/themes',
          payload: JSON.stringify({ month: '2026-12', theme: 'x' }),
          headers: { 'content-type': 'application/json' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
