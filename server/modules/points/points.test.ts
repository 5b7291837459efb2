import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { accounts, evaluationYears, merchantItems, merchants, redeemCodes, serviceRecords } from '../../db/schema/index.js';
import { demoMemberService } from '../../demo/points.js';
import { hashPassword } from '../../platform/password.js';
import { type Agent, DEMO_PASSWORD, startTestApp, type TestApp, testClock } from '../../test/harness.js';

const clock = testClock();
let t: TestApp;
let admin: Agent;
let community: Agent;
let member: Agent;
let shop: Agent;
let memberId: number;
let shopId: number;
let items: { id: number; name: string; points: number; stock: number }[];

const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const put = (agent: Agent, url: string, body: object) =>
  agent.raw({ method: 'PUT', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const balance = async () => (await member.get('/api/points/me')).json().balance as number;
const stockOf = async (id: number) => (await shop.get(`/api/merchants/${shopId}/items`)).json().find((i: { id: number }) => i.id === id).stock as number;

beforeAll(async () => {
  t = await startTestApp({ clock: clock.now });
  admin = await t.login('admin');
  community = await t.login('community');
  member = await t.login('member');
  shop = await t.login('merchant');
  memberId = (await member.get('/api/auth/session')).json().account.memberId;
  shopId = (await shop.get('/api/merchants')).json().items[0].id;
  items = (await shop.get(`/api/merchants/${shopId}/items`)).json();
  await t.db.transaction((tx) => demoMemberService(tx, { county: '140322', now: clock.now() }));
  await admin.post('/api/points/settle');
});
afterAll(() => t.close());

describe('积分台账: earning', () => {
  it('turns the demo member’s service into points by the rules, once', async () => {
    const mine = (await member.get('/api/points/entries?pageSize=50')).json();
    // 3 h + 2 h of activity at 2 a hour, a wish 3, an order 3 and its good rating 1.
    expect(mine.items.map((e: { amount: number }) => e.amount).reduce((a: number, b: number) => a + b, 0)).toBe(17);
    expect(await balance()).toBe(17);
    expect((await admin.post('/api/points/settle')).json()).toEqual({ written: 0 });
    expect((await community.post('/api/points/settle')).statusCode).toBe(403);
    expect(mine.items.find((e: { rule: string }) => e.rule === 'goodRating')).toMatchObject({ kind: 'earn', amount: 1, source: 'service_record' });
  });

  it('keeps a month within the rule’s cap, saying so on the entry', async () => {
    const [home] = rowsOf(await t.db.execute(sql`select id from places where code = '140322100101'`));
    await t.db.insert(serviceRecords).values(
      Array.from({ length: 12 }, (_, i) => ({
        countyCode: '140322',
        memberId,
        placeId: Number(home?.id),
        source: 'order' as const,
        sourceId: -100 - i,
        title: `维修 ${i}`,
        hours: 1,
        occurredAt: new Date(Date.UTC(2026, 2, 3 + i)),
      })),
    );
    const written = (await admin.post('/api/points/settle')).json().written;
    expect(written).toBe(12);
    const march = (await member.get('/api/points/entries?from=2026-03-01&to=2026-03-31&pageSize=50')).json().items;
    expect(march.reduce((n: number, e: { amount: number }) => n + e.amount, 0)).toBe(30);
    expect(march.filter((e: { note: string }) => e.note.includes('已达本月上限')).length).toBe(2);
    expect(await balance()).toBe(47);
    expect((await admin.get('/api/points/check')).json().mismatches).toEqual([]);
  });

  it('corrects by a reversing entry, once, and never within a locked year', async () => {
    const entry = (await community.get(`/api/points/entries?memberId=${memberId}&kind=earn&from=2026-03-01&to=2026-03-31`))
      .json()
      .items.find((e: { amount: number }) => e.amount > 0);
    const reversed = await community.post(`/api/points/entries/${entry.id}/reverse`, { reason: '重复登记' });
    expect(reversed.json()).toMatchObject({ kind: 'reverse', amount: -entry.amount, reversesId: entry.id, note: '更正：重复登记' });
    expect((await community.post(`/api/points/entries/${entry.id}/reverse`, { reason: '再来' })).json().error.code).toBe('points.reversed');
    expect((await community.post(`/api/points/entries/${reversed.json().id}/reverse`, { reason: 'x' })).json().error.code).toBe('points.notReversible');
    expect(await balance()).toBe(47 - entry.amount);
    expect((await (await t.login('community2')).post(`/api/points/entries/${entry.id}/reverse`, { reason: 'x' })).statusCode).toBe(404);
    await t.db.insert(evaluationYears).values({ countyCode: '140322', year: 2026, lockedAt: new Date() });
    const [other] = (await community.get(`/api/points/entries?memberId=${memberId}&kind=earn&from=2026-03-01&to=2026-03-31`)).json().items;
    expect((await community.post(`/api/points/entries/${other.id}/reverse`, { reason: 'x' })).json().error).toMatchObject({ code: 'points.yearClosed' });
    const rule = await put(admin, '/api/points/rules', { kind: 'orderDone', points: 5, effectiveFrom: day(new Date(clock.now().getTime() + 86_400_000)) });
    expect(rule.json().error).toMatchObject({ code: 'points.yearClosed', field: 'effectiveFrom' });
    await t.db.delete(evaluationYears);
  });
});

describe('积分规则', () => {
  it('applies a change from a date, never to the past, with the sign of its kind', async () => {
    const today = day(clock.now());
    const tomorrow = day(new Date(clock.now().getTime() + 86_400_000));
    const yesterday = day(new Date(clock.now().getTime() - 86_400_000));
    expect((await put(community, '/api/points/rules', { kind: 'orderDone', points: 5, effectiveFrom: tomorrow })).statusCode).toBe(403);
    expect((await put(admin, '/api/points/rules', { kind: 'orderDone', points: 5, effectiveFrom: yesterday })).json().error).toMatchObject({
      code: 'points.rulePast',
      field: 'effectiveFrom',
    });
    expect((await put(admin, '/api/points/rules', { kind: 'noShow', points: 3, effectiveFrom: today })).json().error.code).toBe('points.ruleSignDeduct');
    const set = (await put(admin, '/api/points/rules', { kind: 'orderDone', points: 5, monthlyCap: 40, effectiveFrom: tomorrow })).json();
    expect(set.current.find((r: { kind: string }) => r.kind === 'orderDone')).toMatchObject({ points: 3 });
    expect(set.scheduled).toEqual([{ kind: 'orderDone', points: 5, monthlyCap: 40, effectiveFrom: tomorrow }]);
    expect((await member.get('/api/points/rules')).statusCode).toBe(200);
    const withdrawn = await admin.raw({ method: 'DELETE', url: `/api/points/rules?kind=orderDone&effectiveFrom=${tomorrow}` });
    expect(withdrawn.json().scheduled).toEqual([]);
    expect((await admin.raw({ method: 'DELETE', url: `/api/points/rules?kind=orderDone&effectiveFrom=${today}` })).json().error.code).toBe('points.rulePast');
  });
});

describe('积分兑换', () => {
  const code = async () => (await member.post('/api/points/codes')).json() as { code: string; token: string; expiresAt: string; balance: number };

  it('moves points from the member to the merchant and takes stock, in one step', async () => {
    const before = await balance();
    const towel = items.find((i) => i.name === '毛巾');
    if (!towel) throw new Error('no towel');
    const stock = await stockOf(towel.id);
    const c = await code();
    expect(c.code).toMatch(/^\d{6}$/);
    expect(c.balance).toBe(before);
    const res = await shop.post('/api/redemptions', { code: c.code, items: [{ itemId: towel.id, qty: 2 }] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ total: 10, status: 'done', member: { id: memberId }, items: [{ name: '毛巾', qty: 2, points: 5 }] });
    expect(await balance()).toBe(before - 10);
    expect(await stockOf(towel.id)).toBe(stock - 2);
    const shops = (await shop.get('/api/merchants')).json();
    expect(shops.total).toBe(1);
    expect(shops.items[0]).toMatchObject({ name: '秀水便民超市', balance: 10 });
    // The same code on a second phone, an unknown one, and the QR token of a used code.
    expect((await shop.post('/api/redemptions', { code: c.code, items: [{ itemId: towel.id, qty: 1 }] })).json().error.code).toBe('redeem.codeUsed');
    expect((await shop.post('/api/redemptions', { code: c.token, items: [{ itemId: towel.id, qty: 1 }] })).json().error.code).toBe('redeem.codeUsed');
    expect((await shop.post('/api/redemptions', { code: '000000x', items: [{ itemId: towel.id, qty: 1 }] })).json().error.code).toBe('redeem.codeUnknown');
    expect((await member.get('/api/redemptions')).json().items[0]).toMatchObject({ total: 10, merchant: { name: '秀水便民超市' } });
  });

  it('refuses more than the balance or the stock, leaving code, stock and points as they were', async () => {
    const before = await balance();
    const rice = items.find((i) => i.name === '大米 10kg');
    const towel = items.find((i) => i.name === '毛巾');
    if (!rice || !towel) throw new Error('no items');
    const c = await code();
    const tooMuch = await shop.post('/api/redemptions', { code: c.code, items: [{ itemId: rice.id, qty: 5 }] });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().error.code).toBe('points.insufficient');
    expect(tooMuch.json().error.messages['zh-CN']).toContain(`余额 ${before} 分`);
    expect(await balance()).toBe(before);
    expect(await stockOf(rice.id)).toBe(rice.stock);
    const short = await shop.post('/api/redemptions', { code: c.code, items: [{ itemId: towel.id, qty: 99 }] });
    expect(short.json().error).toMatchObject({ code: 'redeem.outOfStock', field: 'items' });
    // The code still works for what the member can afford.
    expect((await shop.post('/api/redemptions', { code: c.token, items: [{ itemId: towel.id, qty: 1 }] })).statusCode).toBe(201);
    expect((await shop.post('/api/redemptions', { code: (await code()).code, items: [{ itemId: 999999, qty: 1 }] })).json().error.code).toBe(
      'redeem.itemUnknown',
    );
  });

  it('lets only one of two phones taking the same code at once through', async () => {
    const towel = items.find((i) => i.name === '毛巾');
    const before = await balance();
    const c = await code();
    const both = await Promise.all([c.code, c.token].map((text) => shop.post('/api/redemptions', { code: text, items: [{ itemId: towel?.id ?? 0, qty: 1 }] })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json().error.code).toBe('redeem.codeUsed');
    expect(await balance()).toBe(before - 5);
  });

  it('lets a code lapse after two minutes', async () => {
    const c = await code();
    clock.advance(121_000);
    const towel = items[0];
    expect((await shop.post('/api/redemptions', { code: c.code, items: [{ itemId: towel?.id ?? 0, qty: 1 }] })).json().error.code).toBe('redeem.codeExpired');
  });

  it('is reversed once, by its own merchant, within a day', async () => {
    const [last] = (await shop.get('/api/redemptions')).json().items;
    const before = await balance();
    const other = await secondMerchant();
    expect((await other.post(`/api/redemptions/${last.id}/reverse`, { reason: '顾客退货' })).statusCode).toBe(404);
    const back = await shop.post(`/api/redemptions/${last.id}/reverse`, { reason: '顾客退货' });
    expect(back.json()).toMatchObject({ status: 'reversed', reverseReason: '顾客退货' });
    expect(await balance()).toBe(before + last.total);
    expect((await shop.post(`/api/redemptions/${last.id}/reverse`, { reason: '再退' })).json().error.code).toBe('redeem.reversed');
    const [older] = (await shop.get('/api/redemptions')).json().items.filter((r: { status: string }) => r.status === 'done');
    clock.advance(25 * 3600_000);
    // A day later every session has timed out: log in again.
    [shop, member, admin] = await Promise.all([t.login('merchant'), t.login('member'), t.login('admin')]);
    expect((await shop.post(`/api/redemptions/${older.id}/reverse`, { reason: '太晚' })).json().error.code).toBe('redeem.reverseWindow');
    expect((await admin.get('/api/points/check')).json().mismatches).toEqual([]);
  });

  it('makes a monthly statement net of reversals', async () => {
    const month = day(clock.now()).slice(0, 7);
    const s = (await shop.get(`/api/merchants/${shopId}/statement?month=${month}`)).json();
    const list = (await shop.get(`/api/redemptions?month=${month}&pageSize=50`)).json().items;
    const done = list.filter((r: { status: string }) => r.status === 'done');
    expect(s).toMatchObject({ redemptions: done.length, reversed: list.length - done.length });
    expect(s.points).toBe(done.reduce((n: number, r: { total: number }) => n + r.total, 0));
    expect((await shop.get(`/api/merchants/${shopId}/statement/export?month=${month}`)).statusCode).toBe(200);
    expect((await shop.get(`/api/merchants/${shopId}/statement?month=2026-13`)).statusCode).toBe(400);
  });

  it('lets exactly the affordable number of 200 concurrent redemptions through, and the ledger still sums', async () => {
    const towel = items.find((i) => i.name === '毛巾');
    if (!towel) throw new Error('no towel');
    await t.db.update(merchantItems).set({ stock: 1000 }).where(eq(merchantItems.id, towel.id));
    const have = await balance();
    const codes = Array.from({ length: 200 }, (_, i) => String(100000 + i));
    await t.db.insert(redeemCodes).values(
      codes.map((code) => ({
        countyCode: '140322',
        memberId,
        code,
        token: randomBytes(12).toString('hex'),
        expiresAt: new Date(clock.now().getTime() + 600_000),
      })),
    );
    const results = await Promise.all(codes.map((code) => shop.post('/api/redemptions', { code, items: [{ itemId: towel.id, qty: 1 }] })));
    const ok = results.filter((r) => r.statusCode === 201).length;
    expect(ok).toBe(Math.floor(have / towel.points));
    expect(results.every((r) => r.statusCode === 201 || r.json().error?.code === 'points.insufficient')).toBe(true);
    expect(await balance()).toBe(have - ok * towel.points);
    expect(await stockOf(towel.id)).toBe(1000 - ok);
    expect((await admin.get('/api/points/check')).json().mismatches).toEqual([]);
  });
});

/** A second shop with its own 商户 account, for the cross-merchant checks. */
async function secondMerchant(): Promise<Agent> {
  const [place] = rowsOf(await t.db.execute(sql`select id from places where code = '140322100101'`));
  const [account] = await t.db
    .insert(accounts)
    .values({
      countyCode: '140322',
      username: 'shop2',
      displayName: '第二商户',
      role: 'merchant',
      placeId: Number(place?.id),
      passwordHash: await hashPassword(DEMO_PASSWORD),
      mustChangePassword: false,
    })
    .returning({ id: accounts.id });
  await t.db.insert(merchants).values({ countyCode: '140322', name: '第二商户', kind: 'other', placeId: Number(place?.id), accountId: account?.id ?? null });
  return t.login('shop2');
}
