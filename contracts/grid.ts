import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
import type { Label, PlaceKind } from './labels.js';
import { CARE_CATEGORIES, HOUSEHOLD_LABELS } from './labels.js';

// 网格: "网上建支部、格上建小组、户上见党员" — the people who hold a grid together, and the grid's page.

export const GRID_ROLES = [
  'branchSecretary', // 网格（小区）党支部书记
  'groupLeader', // 党小组长
  'centralHousehold', // 党员中心户
  'buildingLeader', // 楼栋长
] as const;
export type GridRole = (typeof GRID_ROLES)[number];

export const GRID_ROLE_LABELS: Record<GridRole, Label> = {
  branchSecretary: { 'zh-CN': '网格党支部书记', en: 'Grid branch secretary' },
  groupLeader: { 'zh-CN': '党小组长', en: 'Party group leader' },
  centralHousehold: { 'zh-CN': '党员中心户', en: 'Party-member household' },
  buildingLeader: { 'zh-CN': '楼栋长', en: 'Building leader' },
};

/** Where each role sits in the place tree: a secretary leads a compound or grid, a building leader a building. */
export const GRID_ROLE_PLACES: Record<GridRole, readonly PlaceKind[]> = {
  branchSecretary: ['compound', 'grid'],
  groupLeader: ['grid', 'building'],
  centralHousehold: ['building', 'unit'],
  buildingLeader: ['building'],
};

/** 职责清单, from the field articles (天镇县, 盂县, 潞州区): shown with each appointment and on the holder's phone. */
export const GRID_ROLE_DUTIES: Record<GridRole, Label[]> = {
  branchSecretary: [
    { 'zh-CN': '主持网格党支部工作，按时召开支部会议、组织生活', en: 'Leads the grid branch: branch meetings and party life on time' },
    {
      'zh-CN': '落实党建工作联创、公益事业联办、文体活动联谊、服务资源联用、环境卫生联搞“五联”举措',
      en: 'Carries out the “five joints”: party work, public good, culture and sport, shared resources, clean surroundings',
    },
    { 'zh-CN': '收集网格内居民需求，组织报到党员认领服务', en: 'Gathers residents’ needs in the grid and gets registered members to take them' },
    { 'zh-CN': '督促党员联系户走访，掌握重点户情况', en: 'Sees that paired members visit and knows every key household' },
  ],
  groupLeader: [
    { 'zh-CN': '组织小组党员参加学习和志愿服务', en: 'Brings the group’s members to study sessions and volunteer work' },
    {
      'zh-CN': '联系本组党员中心户和楼栋长，及时上报问题',
      en: 'Keeps in touch with the party-member households and building leaders; reports problems promptly',
    },
    { 'zh-CN': '协助开展矛盾纠纷排查和邻里调解', en: 'Helps spot disputes early and mediate between neighbours' },
  ],
  centralHousehold: [
    {
      'zh-CN': '联系周边住户，定期向居民“找”问题、与邻里代表“谈”问题、主动“解”问题',
      en: 'Stays close to the neighbours: finds problems, talks them through, solves them',
    },
    { 'zh-CN': '宣传政策，带头参与社区活动', en: 'Explains policies and leads by taking part in community activities' },
    { 'zh-CN': '发现困难群众和安全隐患及时报告网格', en: 'Reports people in difficulty and safety hazards to the grid at once' },
  ],
  buildingLeader: [
    { 'zh-CN': '熟悉本楼栋住户情况，做到户情清', en: 'Knows every household in the building' },
    { 'zh-CN': '收集反映楼栋居民诉求，协助开展楼道环境整治', en: 'Passes on residents’ requests and helps keep stairwells clean' },
    { 'zh-CN': '关注独居老人等重点户，遇有情况及时报告', en: 'Looks out for key households such as elderly living alone; reports anything wrong' },
  ],
};

const Ref = z.object({ id: z.number().int(), name: z.string() });

/**
 * A member (or, for a building leader, a resident) takes a role at a place. `duties` adds to the role's own list.
 */
export const GridRoleInput = z.strictObject({
  placeId: Id,
  role: z.enum(GRID_ROLES),
  memberId: Id.optional(),
  residentId: Id.optional(),
  startDate: IsoDateString.optional(),
  duties: z.string().trim().max(500).default(''),
});
export type GridRoleInput = z.infer<typeof GridRoleInput>;
export const EndGridRoleInput = z.strictObject({ reason: Text(200) });

export const GridRoleDto = z.object({
  id: z.number().int(),
  role: z.enum(GRID_ROLES),
  place: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  person: z.object({ kind: z.enum(['member', 'resident']), id: z.number().int(), name: z.string(), phone: z.string() }),
  duties: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type GridRoleDto = z.infer<typeof GridRoleDto>;
export const ListGridRolesQuery = PageQuery.extend({
  placeId: Id.optional(),
  role: z.enum(GRID_ROLES).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});

/** 网格页: a grid (or compound) with its people, buildings, key households and what is open. */
export const GridOverviewDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string(), kind: z.string(), path: z.string() }),
  roles: z.array(GridRoleDto),
  households: z.object({ total: z.number().int(), byLabel: z.record(z.string(), z.number().int()), key: z.number().int(), covered: z.number().int() }),
  buildings: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      households: z.number().int(),
      key: z.number().int(),
      covered: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
  keyHouseholds: z.array(
    z.object({
      household: z.object({ id: z.number().int(), address: z.string(), label: z.enum(HOUSEHOLD_LABELS), care: z.array(z.enum(CARE_CATEGORIES)) }),
      members: z.array(Ref),
      lastVisit: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  /** Members paired with households here, with how many. */
  pairedMembers: z.array(z.object({ id: z.number().int(), name: z.string(), households: z.number().int() })),
  openOrders: z.array(z.object({ id: z.number().int(), category: z.string(), status: z.string(), address: z.string(), createdAt: z.string() })),
});
export type GridOverviewDto = z.infer<typeof GridOverviewDto>;
