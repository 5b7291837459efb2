import { POST_CLASS_LABELS, TALENT_LABELS, WISH_STATUS_LABELS } from '#contracts/labels.js';
import type { Page } from '#contracts/common.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { beijingTime, writeExport } from '../../platform/excel/index.js';
import { listActivities } from './activities.js';
import { listPosts } from './posts.js';
import { listProjects } from './projects.js';
import { listTeams } from './teams.js';
import { listWishes } from './wishes.js';

// 台账 exports of the 双服务 lists: the filtered list, every page, as the screen shows it; each audited.

const PROJECT_STATUS: Record<string, string> = { open: '待认领', planned: '已认领', active: '实施中', done: '已完成', cancelled: '已取消' };
const time = (iso: string | null) => (iso ? beijingTime(new Date(iso)) : '');

async function all<T>(load: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= 250; page++) {
    const batch = await load(page);
    items.push(...batch.items);
    if (batch.items.length < batch.pageSize) break;
  }
  return items;
}

async function write(deps: AppDeps, caller: Caller, entity: string, title: string, columns: string[], rows: (string | number | null)[][]) {
  const at = deps.clock();
  const file = await writeExport({ title, stamp: { by: caller.displayName, at }, columns: columns.map((header) => ({ header })), rows });
  await audit(deps.db, caller, { action: 'export', entity, summary: `导出${title} ${rows.length} 条` });
  return { file, name: `${title}-${at.toISOString().slice(0, 10)}.xlsx` };
}

type Filters<Q> = Omit<Q, 'page' | 'pageSize'>;

export async function exportWishes(deps: AppDeps, caller: Caller, q: Filters<Parameters<typeof listWishes>[2]>) {
  const items = await all((page) => listWishes(deps, caller, { ...q, page, pageSize: 200 }));
  return write(
    deps,
    caller,
    'wish',
    '微心愿台账',
    ['社区', '片区', '心愿', '说明', '状态', '认领方', '发布时间', '实现时间', '致谢'],
    items.map((w) => [
      w.community.name,
      w.area,
      w.title,
      w.description,
      WISH_STATUS_LABELS[w.status]['zh-CN'],
      w.claimer?.name ?? '',
      time(w.createdAt),
      time(w.fulfilledAt),
      w.thanks ?? '',
    ]),
  );
}

export async function exportProjects(deps: AppDeps, caller: Caller, q: Filters<Parameters<typeof listProjects>[2]>) {
  const items = await all((page) => listProjects(deps, caller, { ...q, page, pageSize: 200 }));
  return write(
    deps,
    caller,
    'project',
    '项目清单',
    ['社区', '项目', '实施方案', '开始', '结束', '承接方', '状态', '对应需求', '使用资源', '成效'],
    items.map((p) => [
      p.place.name,
      p.title,
      p.plan,
      p.startDate,
      p.endDate,
      p.owner?.name ?? '',
      PROJECT_STATUS[p.status] ?? p.status,
      p.needs.map((n) => n.description).join('；'),
      p.resources.map((r) => r.description).join('；'),
      p.outcome,
    ]),
  );
}

export async function exportActivities(deps: AppDeps, caller: Caller, q: Filters<Parameters<typeof listActivities>[2]>) {
  const items = await all((page) => listActivities(deps, caller, { ...q, page, pageSize: 200 }));
  return write(
    deps,
    caller,
    'activity',
    '活动台账',
    ['社区', '活动', '主题', '地点', '开始', '结束', '名额', '报名', '服务队', '每小时积分'],
    items.map((a) => [
      a.place.name,
      a.title,
      a.theme,
      a.location,
      time(a.startsAt),
      time(a.endsAt),
      a.capacity,
      a.signedUp,
      a.team?.name ?? '',
      a.pointsPerHour,
    ]),
  );
}

export async function exportPosts(deps: AppDeps, caller: Caller, q: Filters<Parameters<typeof listPosts>[2]>) {
  const items = await all((page) => listPosts(deps, caller, { ...q, page, pageSize: 200 }));
  return write(
    deps,
    caller,
    'post',
    '设岗定责台账',
    ['社区', '岗位类别', '岗位', '职责', '名额', '认岗党员'],
    items.map((p) => [p.place.name, POST_CLASS_LABELS[p.postClass]['zh-CN'], p.name, p.duties, p.slots, p.holders.map((h) => h.name).join('、')]),
  );
}

export async function exportTeams(deps: AppDeps, caller: Caller, q: Filters<Parameters<typeof listTeams>[2]>) {
  const items = await all((page) => listTeams(deps, caller, { ...q, page, pageSize: 200 }));
  return write(
    deps,
    caller,
    'team',
    '志愿服务队台账',
    ['社区', '服务队', '专长', '队长', '队员人数', '队员'],
    items.map((t) => [
      t.place.name,
      t.name,
      TALENT_LABELS[t.specialty]['zh-CN'],
      t.leader?.name ?? '',
      t.members.length,
      t.members.map((m) => m.name).join('、'),
    ]),
  );
}
