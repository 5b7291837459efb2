import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointEntries } from '../../db/schema/index.js';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Agent;
let community: Agent;
let member: Agent;
let memberId: number;
const YEAR = 2026;

type Result = {
  id: number;
  member: { id: number; name: string };
  community: { id: number };
  score: number;
  grade: string;
  computedGrade: string;
  lines: { item: string; amount: number }[];
};

beforeAll(async () => {
  t = await startTestApp({ clock: () => new Date('2026-12-20T04:00:00Z') });
  admin = await t.login('admin');
  community = await t.login('community');
  member = await t.login('member');
  memberId = (await member.get('/api/auth/session')).json().account.memberId;
  // Some members of 富春园 did a lot this year: 60, 40 and 35 points of service.
  const others = (await community.get('/api/members?pageSize=4'))
    .json()
    .items.map((m: { id: number }) => m.id)
    .filter((id: number) => id !== memberId);
  await t.db.insert(pointEntries).values(
    [60, 40, 35].map((amount, i) => ({
      countyCode: '140322',
      holderKind: 'member' as const,
      holderId: others[i],
      kind: 'earn' as const,
      amount,
      rule: 'orderDone' as const,
      source: 'test',
      sourceId: i + 1,
      occurredOn: '2026-06-01',
    })),
  );
});
afterAll(() => t.close());

const all = async (agent: Agent) => {
  const items: Result[] = [];
  for (let page = 1; ; page++) {
    const res = (await agent.get(`/api/evaluations/${YEAR}/members?pageSize=200&page=${page}`)).json();
    items.push(...res.items);
    if (items.length >= res.total) return items;
  }
};

describe('年度评价', () => {
  it('is run by the org department only, for a year that has come', async () => {
    expect((await community.post(`/api/evaluations/${YEAR}/run`, {})).statusCode).toBe(403);
    expect((await admin.post('/api/evaluations/2099/run', {})).json().error).toMatchObject({ code: 'evaluation.futureYear', field: 'year' });
    const status = (await admin.post(`/api/evaluations/${YEAR}/run`, { weights: { excellentFrom: 85 } })).json();
    expect(status.evaluated).toBeGreaterThan(3);
    expect(status.weights.excellentFrom).toBe(85);
    expect(status.lockedAt).toBeNull();
  });

  it('grades each community with 优秀 at most 30%, and the scores add up line by line', async () => {
    const results = await all(admin);
    const byCommunity = new Map<number, Result[]>();
    for (const r of results) byCommunity.set(r.community.id, [...(byCommunity.get(r.community.id) ?? []), r]);
    for (const rows of byCommunity.values()) {
      expect(rows.filter((r) => r.grade === 'excellent').length).toBeLessThanOrEqual(Math.floor(rows.length * 0.3));
    }
    for (const r of results) expect(Math.round(r.lines.reduce((n, l) => n + l.amount, 0) * 10) / 10).toBeCloseTo(r.score, 5);
    const top = results.reduce((a, b) => (b.score > a.score ? b : a));
    expect(top.lines.find((l) => l.item === 'points')?.amount).toBe(12);
    expect(top.score).toBe(92);
    expect(top.grade).toBe('excellent');
    const mine = (await member.get(`/api/evaluations/${YEAR}/me`)).json();
    expect(mine.member.id).toBe(memberId);
    expect(mine.lines[0]).toMatchObject({ item: 'base', amount: 80 });
    expect((await community.get(`/api/evaluations/${YEAR}`)).json().evaluated).toBeLessThan(results.length + 1);
  });

  it('lets the community adjust a grade with a written reason, within the cap, and keeps it across a re-run', async () => {
    const results = await all(community);
    const someone = results.find((r) => r.grade !== 'excellent' && r.member.id !== memberId);
    if (!someone) throw new Error('nobody to adjust');
    const rows = results.filter((r) => r.community.id === someone.community.id);
    const room = Math.floor(rows.length * 0.3) - rows.filter((r) => r.grade === 'excellent').length;
    const toExcellent = await community.post(`/api/evaluations/${YEAR}/members/${someone.id}/adjust`, { grade: 'excellent', reason: '抗洪抢险表现突出' });
    if (room > 0) expect(toExcellent.statusCode).toBe(200);
    else expect(toExcellent.json().error).toMatchObject({ code: 'evaluation.capFull', field: 'grade' });
    expect((await community.post(`/api/evaluations/${YEAR}/members/${someone.id}/adjust`, { grade: 'fair', reason: '短' })).statusCode).toBe(400);
    const adjusted = await community.post(`/api/evaluations/${YEAR}/members/${someone.id}/adjust`, { grade: 'fair', reason: '多次无故缺席组织生活' });
    expect(adjusted.json()).toMatchObject({ grade: 'fair', computedGrade: someone.computedGrade, adjustReason: '多次无故缺席组织生活' });
    expect(
      (await (await t.login('community2')).post(`/api/evaluations/${YEAR}/members/${someone.id}/adjust`, { grade: 'good', reason: '越权调整等次' })).statusCode,
    ).toBe(404);
    await admin.post(`/api/evaluations/${YEAR}/run`, { weights: { excellentFrom: 85 } });
    expect((await all(community)).find((r) => r.id === someone.id)).toMatchObject({ grade: 'fair', computedGrade: someone.computedGrade });
    const log = (await admin.get('/api/audit?pageSize=5')).json().items.map((e: { summary: string }) => e.summary);
    expect(log.some((s: string) => s.includes('多次无故缺席组织生活'))).toBe(true);
  });

  it('takes a member’s appeal within the window, once at a time, and the community answers it', async () => {
    const mine = (await member.get(`/api/evaluations/${YEAR}/me`)).json();
    expect(new Date(mine.appealUntil).getTime()).toBeGreaterThan(Date.parse('2026-12-20T04:00:00Z'));
    const made = await member.post(`/api/evaluations/${YEAR}/appeal`, { reason: '参加的防汛值守未计入' });
    expect(made.statusCode).toBe(201);
    expect((await member.post(`/api/evaluations/${YEAR}/appeal`, { reason: '再次申诉一下' })).json().error.code).toBe('evaluation.appealOpen');
    expect((await community.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'evaluation.appeal' });
    const open = (await community.get(`/api/evaluations/${YEAR}/appeals?status=open`)).json();
    expect(open.items.map((a: { id: number }) => a.id)).toContain(made.json().id);
    expect((await (await t.login('community2')).get(`/api/evaluations/${YEAR}/appeals`)).json().total).toBe(0);
    expect((await admin.post(`/api/evaluations/${YEAR}/lock`)).json().error).toMatchObject({ code: 'evaluation.openAppeals' });
    const answer = (body: Record<string, unknown>) => community.post(`/api/evaluations/${YEAR}/appeals/${made.json().id}/answer`, body);
    expect((await answer({ upheld: true, answer: '属实' })).json().error).toMatchObject({ code: 'evaluation.gradeRequired', field: 'grade' });
    expect((await answer({ upheld: false, answer: '值守记录已计入岗位积分' })).json()).toMatchObject({ status: 'rejected', answer: '值守记录已计入岗位积分' });
    expect((await answer({ upheld: false, answer: '再答复' })).json().error.code).toBe('evaluation.appealAnswered');
    expect((await member.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'evaluation.appealAnswered' });
    expect((await member.get(`/api/evaluations/${YEAR}/me`)).json().appeal).toMatchObject({ status: 'rejected' });
  });

  it('locks the year: no re-run, no adjustment, no correction of its points', async () => {
    expect((await admin.post('/api/evaluations/2025/lock')).json().error.code).toBe('evaluation.notRun');
    const locked = (await admin.post(`/api/evaluations/${YEAR}/lock`)).json();
    expect(locked.lockedAt).not.toBeNull();
    expect((await admin.post(`/api/evaluations/${YEAR}/lock`)).json().error.code).toBe('points.yearClosed');
    expect((await admin.post(`/api/evaluations/${YEAR}/run`, {})).json().error.code).toBe('points.yearClosed');
    const [one] = await all(community);
    expect((await community.post(`/api/evaluations/${YEAR}/members/${one?.id}/adjust`, { grade: 'good', reason: '锁定后再调整' })).json().error.code).toBe(
      'points.yearClosed',
    );
    const [entry] = (await community.get('/api/points/entries?kind=earn&from=2026-01-01&to=2026-12-31')).json().items;
    if (entry) expect((await community.post(`/api/points/entries/${entry.id}/reverse`, { reason: '锁定后更正' })).json().error.code).toBe('points.yearClosed');
  });

  it('sends feedback cards once the year is locked: a unit sees its members’ cards, a member their own', async () => {
    expect((await admin.post(`/api/evaluations/${YEAR}/appeal`, { reason: '管理员不能申诉' })).statusCode).toBe(403);
    expect((await member.post(`/api/evaluations/${YEAR}/appeal`, { reason: '锁定后的申诉' })).json().error.code).toBe('evaluation.appealClosed');
    const sent = (await admin.post(`/api/evaluations/${YEAR}/feedback/send`)).json();
    expect(sent.units).toBeGreaterThanOrEqual(1);
    expect((await admin.post(`/api/evaluations/${YEAR}/feedback/send`)).json().error.code).toBe('evaluation.feedbackSent');
    const secretary = await t.login('secretary');
    expect((await secretary.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'evaluation.feedback' });
    const unitCards = (await secretary.get(`/api/evaluations/${YEAR}/feedback`)).json();
    expect(unitCards.length).toBeGreaterThan(0);
    expect(new Set(unitCards.map((c: { member: { unit: string } }) => c.member.unit))).toEqual(new Set(['国网盂县供电公司']));
    const own = (await member.get(`/api/evaluations/${YEAR}/feedback/${memberId}`)).json();
    expect(own).toMatchObject({ year: YEAR, member: { id: memberId } });
    expect(own.lines[0]).toEqual({ item: 'base', amount: 80, detail: '基准分 80' });
    expect(own.lockedAt).not.toBeNull();
    const someoneElse = (await all(admin)).find((r) => r.member.id !== memberId);
    expect((await member.get(`/api/evaluations/${YEAR}/feedback/${someoneElse?.member.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/evaluations/${YEAR}/feedback/export`)).statusCode).toBe(200);
    const honours = (await admin.get(`/api/evaluations/${YEAR}/honours`)).json();
    const excellent = new Set((await all(admin)).filter((r) => r.grade === 'excellent').map((r) => r.member.id));
    expect(honours.volunteers.every((v: { member: { id: number } }) => excellent.has(v.member.id))).toBe(true);
  });
});
