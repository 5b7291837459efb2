import { and, eq, gte, inArray, ne } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { accounts, members, merchantItems, merchants, places, pointBalances, redeemCodes, serviceRecords } from '../db/schema/index.js';
import { runYear } from '../modules/evaluation/index.js';
import { redeem } from '../modules/points/index.js';
import { placesUnder } from '../platform/scope.js';
import { actingAs } from './acting.js';

// 积分兑换 in the demo county: the 秀水便民超市 account's shop and three more in the 15-minute circle,
// each with a small catalogue; and a little service of 王建国's (the demo member) so he has points to spend.

const SHOPS: { name: string; kind: string; placeCode: string; address: string; username?: string; items: [string, number, number][] }[] = [
  {
    name: '秀水便民超市',
    kind: 'supermarket',
    placeCode: '140322100101',
    address: '秀水镇富春园社区东门',
    username: 'merchant',
    items: [
      ['毛巾', 5, 40],
      ['牙膏', 8, 30],
      ['洗衣液', 15, 20],
      ['食用油 5L', 25, 10],
      ['大米 10kg', 30, 10],
    ],
  },
  {
    name: '仁和大药房',
    kind: 'pharmacy',
    placeCode: '140322100102',
    address: '秀水镇红楼社区北街',
    items: [
      ['口罩（10只）', 5, 50],
      ['血压计', 60, 3],
    ],
  },
  { name: '老街理发店', kind: 'barber', placeCode: '140322100101', address: '秀水镇富春园社区南街', items: [['理发一次', 10, 99]] },
  { name: '晨光早餐店', kind: 'breakfast', placeCode: '140322100102', address: '秀水镇红楼社区西街', items: [['早餐券', 3, 99]] },
];

export async function seedPoints(tx: Tx, opts: { county: string; now: Date; memberService: boolean }) {
  for (const shop of SHOPS) {
    const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.code, shop.placeCode));
    if (!place) continue;
    const [account] = shop.username ? await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, shop.username)) : [];
    const [m] = await tx
      .insert(merchants)
      .values({ countyCode: opts.county, name: shop.name, kind: shop.kind, placeId: place.id, address: shop.address, accountId: account?.id ?? null })
      .returning({ id: merchants.id });
    if (!m) continue;
    await tx.insert(merchantItems).values(shop.items.map(([name, points, stock]) => ({ merchantId: m.id, name, points, stock })));
  }
  if (opts.memberService) await demoMemberService(tx, opts);
}

/** A little service of 王建国's, so the demo member has points to spend. */
export async function demoMemberService(tx: Tx, opts: { county: string; now: Date }) {
  const [member] = await tx.select({ memberId: accounts.memberId }).from(accounts).where(eq(accounts.username, 'member'));
  const [home] = await tx.select({ id: places.id }).from(places).where(eq(places.code, '140322100101'));
  if (!member?.memberId || !home) return;
  const daysAgo = (n: number) => new Date(opts.now.getTime() - n * 86_400_000);
  // Negative source ids: demo service that has no order or activity row behind it.
  await tx.insert(serviceRecords).values(
    [
      { source: 'activity' as const, sourceId: -1, title: '富春园社区环境整治志愿服务', hours: 3, occurredAt: daysAgo(30) },
      { source: 'activity' as const, sourceId: -2, title: '冬季消防安全宣传', hours: 2, occurredAt: daysAgo(12) },
      { source: 'wish' as const, sourceId: -3, title: '为独居老人送冬衣', hours: 1, occurredAt: daysAgo(9) },
      { source: 'order' as const, sourceId: -4, title: '维修：楼道灯不亮', hours: 1, rating: 5, occurredAt: daysAgo(5) },
    ].map((r) => ({ ...r, countyCode: opts.county, memberId: member.memberId, placeId: home.id })),
  );
}

/** The demo's year end: some members spend points at 秀水便民超市; this year is graded and still open for appeals. */
export async function seedYearEnd(db: Db, opts: { county: string; now: Date }) {
  const deps = { db, clock: () => opts.now };
  const shop = await actingAs(db, 'merchant');
  const admin = await actingAs(db, 'admin');
  if (!shop || !admin) return;
  const [merchant] = await db.select({ id: merchants.id }).from(merchants).where(eq(merchants.accountId, shop.accountId));
  const items = merchant ? await db.select().from(merchantItems).where(eq(merchantItems.merchantId, merchant.id)) : [];
  const towel = items.find((i) => i.name === '毛巾');
  const toothpaste = items.find((i) => i.name === '牙膏');
  const [home] = await db.select({ id: places.id, path: places.path }).from(places).where(eq(places.code, '140322100101'));
  if (towel && toothpaste && home) {
    const spenders = await db
      .select({ memberId: pointBalances.holderId })
      .from(pointBalances)
      .innerJoin(members, eq(members.id, pointBalances.holderId))
      // Not the demo member's own points: those are left for trying the redemption code.
      .where(
        and(
          eq(pointBalances.holderKind, 'member'),
          gte(pointBalances.balance, 13),
          inArray(members.homePlaceId, placesUnder(db, home.path)),
          ne(members.id, (await actingAs(db, 'member'))?.memberId ?? -1),
        ),
      )
      .limit(8);
    for (const [i, s] of spenders.entries()) {
      const code = String(900000 + i);
      await db
        .insert(redeemCodes)
        .values({ countyCode: opts.county, memberId: s.memberId, code, token: `demo-${code}`, expiresAt: new Date(opts.now.getTime() + 60_000) });
      await redeem(deps, shop, { code, items: [{ itemId: towel.id, qty: 1 }, ...(i % 2 ? [{ itemId: toothpaste.id, qty: 1 }] : [])] });
    }
  }
  const year = Number(new Date(opts.now.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  await runYear(deps, admin, year);
}
