import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { members, places } from '../db/schema/index.js';
import { listTasks, planMeeting, proposeTopic, recordMeeting, updateTask } from '../modules/deliberation/index.js';
import { followUp, openCase, recordOutcome } from '../modules/mediation/index.js';
import type { Vault } from '../platform/crypto.js';
import { actingAs, seedDeps } from './acting.js';

// 基层治理 in the demo: 富春园社区's residents raised topics; one meeting decided two of them (one done, one
// under way), one waits for the next meeting; a neighbours' dispute was mediated and followed up.

export async function seedGovernance(db: Db, vault: Vault, now: Date) {
  const deps = seedDeps(db, vault, now);
  const [resident, community, grid, member] = await Promise.all(['resident', 'community', 'grid', 'member'].map((u) => actingAs(db, u)));
  if (!resident || !community || !grid || !member) return;
  const [home] = await db.select({ id: places.id }).from(places).where(eq(places.code, '140322100101'));
  if (!home) return;
  const day = (n: number) => new Date(now.getTime() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
  const raise = (title: string, description: string) => proposeTopic(deps, resident, { placeId: home.id, title, description });
  const drain = await raise('3号楼下水道经常堵塞', '一楼住户反映雨天污水倒灌，希望彻底疏通');
  const parking = await raise('小区电动车充电难', '楼道飞线充电有安全隐患，建议增设充电桩');
  await raise('健身器材老化', '小区广场的健身器材部分损坏');
  const meeting = await planMeeting(deps, community, {
    placeId: home.id,
    kind: 'deliberation',
    heldOn: day(8),
    title: '富春园社区联议会（月中）',
    topicIds: [drain.id, parking.id],
  });
  const wang = member.memberId ?? 0;
  const [wangName] = await db.select({ name: members.name }).from(members).where(eq(members.id, wang));
  await recordMeeting(deps, community, meeting.id, {
    attendees: [
      { kind: 'staff', name: '社区书记' },
      { kind: 'member', id: wang, name: wangName?.name ?? '王建国' },
      { kind: 'adviser', name: '小区顾问 赵师傅' },
      { kind: 'resident', name: '居民代表 6 名' },
    ],
    discussion: '物业、居民代表和在职党员共同协商，当场形成两项决议。',
    items: [
      {
        itemId: meeting.items[0]?.id ?? 0,
        decision: '物业三日内疏通并更换破损管段，党员王建国跟进回访',
        votesFor: 9,
        votesAgainst: 0,
        votesAbstain: 1,
        tasks: [{ title: '疏通3号楼下水道并更换破损管段', owner: { kind: 'member', id: wang, name: wangName?.name ?? '王建国' }, deadline: day(5) }],
      },
      {
        itemId: meeting.items[1]?.id ?? 0,
        decision: '在小区东侧增设集中充电桩 20 个，由包联单位协调资金',
        votesFor: 8,
        votesAgainst: 1,
        votesAbstain: 1,
        tasks: [{ title: '增设电动车集中充电桩', owner: { kind: 'staff', name: '社区居委会' }, deadline: day(-20) }],
      },
    ],
  });
  const memberDeps = seedDeps(db, vault, new Date(now.getTime() - 6 * 86_400_000));
  const tasks = await listTasks(deps, community, { page: 1, pageSize: 10 });
  const drainTask = tasks.items.find((t) => t.title.startsWith('疏通'));
  if (drainTask) await updateTask(memberDeps, member, drainTask.id, { text: '已疏通，更换管段 6 米，住户确认', progress: 100 });
  const chargers = tasks.items.find((t) => t.title.startsWith('增设'));
  if (chargers) await updateTask(deps, community, chargers.id, { text: '已选址，供电公司现场勘察', progress: 40 });

  const [gridPlace] = await db.select({ id: places.id }).from(places).where(eq(places.code, '140322100101-01-G1'));
  if (gridPlace) {
    const dispute = await openCase(deps, grid, {
      placeId: gridPlace.id,
      category: 'neighbour',
      parties: [
        { name: '刘某', phone: '13912340001', role: '楼上住户' },
        { name: '陈某', phone: '13912340002', role: '楼下住户' },
      ],
      description: '楼上卫生间漏水，楼下天花板受潮发霉，双方就维修和赔偿争执不下',
    });
    await recordOutcome(deps, grid, dispute.id, { outcome: 'agreed', detail: '楼上负责重做防水并赔偿楼下粉刷费用 800 元' });
    await followUp(deps, grid, dispute.id, { date: day(1), notes: '回访：防水已重做，双方关系和睦', satisfaction: 5 });
  }
}
