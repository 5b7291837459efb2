import { IMPORT_KINDS, type ImportKind, type Role } from '#contracts/labels.js';

// What the console offers each role. The server decides; this only hides what would be refused.
const PLACE_MANAGERS: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin', 'gridWorker'];
const ACCOUNT_ADMINS: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin'];
/** Units and members are also the unit party secretary's: their own unit. */
const UNIT_READERS: readonly Role[] = [...PLACE_MANAGERS, 'unitSecretary'];
const MEMBER_WRITERS: readonly Role[] = [...ACCOUNT_ADMINS, 'unitSecretary'];

export const can = {
  managePlaces: (role: Role) => PLACE_MANAGERS.includes(role),
  manageAccounts: (role: Role) => ACCOUNT_ADMINS.includes(role),
  readAudit: (role: Role) => role === 'orgAdmin',
  readOrganizations: (role: Role) => UNIT_READERS.includes(role),
  writeOrganizations: (role: Role) => ACCOUNT_ADMINS.includes(role),
  readMembers: (role: Role) => UNIT_READERS.includes(role),
  writeMembers: (role: Role) => MEMBER_WRITERS.includes(role),
  readHouseholds: (role: Role) => PLACE_MANAGERS.includes(role),
  writeHouseholds: (role: Role) => PLACE_MANAGERS.includes(role),
  /** 双报到: the three admin roles review; the unit secretary registers the unit. */
  reviewRegistrations: (role: Role) => ACCOUNT_ADMINS.includes(role),
  readUnitRegistrations: (role: Role) => MEMBER_WRITERS.includes(role),
  submitUnitRegistration: (role: Role) => role === 'unitSecretary',
  /** 报到台账: admins see their places; the unit secretary sees the unit's members wherever they live. */
  readMemberRegistrations: (role: Role) => MEMBER_WRITERS.includes(role),
  readCoverage: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 漏报: the unit secretary reminds the unit's members. */
  remindUnregistered: (role: Role) => role === 'unitSecretary',
  /** 扎堆 → 精准报到: the org department and streets balance the load. */
  balanceRegistrations: (role: Role) => role === 'orgAdmin' || role === 'streetAdmin',
  readResources: (role: Role) => UNIT_READERS.includes(role),
  /** 服务工单: admins and grid workers their places; the unit secretary what was dispatched to the unit. */
  readOrders: (role: Role) => UNIT_READERS.includes(role),
  /** 派单, 放入抢单池, 取消: the three admin roles. */
  dispatchOrders: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 代点单 for a household in their places. */
  submitOrders: (role: Role) => PLACE_MANAGERS.includes(role),
  serviceSummary: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 微心愿: admins and grid workers post and follow them; units claim them. */
  readWishes: (role: Role) => [...PLACE_MANAGERS, 'unitSecretary'].includes(role),
  claimWishes: (role: Role) => role === 'unitSecretary',
  organiseActivities: (role: Role) => ACCOUNT_ADMINS.includes(role),
  readActivities: (role: Role) => PLACE_MANAGERS.includes(role),
  manageTeams: (role: Role) => ACCOUNT_ADMINS.includes(role),
  managePosts: (role: Role) => ACCOUNT_ADMINS.includes(role),
  setThemes: (role: Role) => role === 'orgAdmin',
  manageProjects: (role: Role) => ACCOUNT_ADMINS.includes(role),
  readProjects: (role: Role) => [...PLACE_MANAGERS, 'unitSecretary'].includes(role),
  /** 双包联: the three admin roles pair members with key households and watch the coverage. */
  managePairings: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 重点户台账 and its 复核: also the grid worker. */
  readKeyHouseholds: (role: Role) => PLACE_MANAGERS.includes(role),
  readPairingCoverage: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 单位包联小区: admins pair and end them; grid workers and the unit secretary (the unit's own) read them. */
  readUnitPairings: (role: Role) => [...ACCOUNT_ADMINS, 'gridWorker', 'unitSecretary'].includes(role),
  manageUnitPairings: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 包联规则 (the per-member cap and the care categories paired first): the org department. */
  setPairingRules: (role: Role) => role === 'orgAdmin',
  /** 网格页: the grid worker their own grid, admins any grid in scope. */
  readGrid: (role: Role) => role === 'gridWorker' || ACCOUNT_ADMINS.includes(role),
  /** 任命 / 卸任 网格党支部书记、党小组长、党员中心户、楼栋长. */
  manageGridRoles: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 积分规则: every console role reads them; the org department sets them from a date. */
  readPointRules: (role: Role) => role !== 'resident',
  setPointRules: (role: Role) => role === 'orgAdmin',
  /** 积分台账: admins their places, the unit secretary the unit's members; admins 更正 an entry. */
  readPointLedger: (role: Role) => MEMBER_WRITERS.includes(role),
  correctPoints: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 对账 and 立即结算: the org department. */
  auditPoints: (role: Role) => role === 'orgAdmin',
  /** 兑换商户 with their catalogues and statements: the three admin roles. */
  manageMerchants: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 年度评价: the three admin roles read the results; the org department runs, locks and sends the year. */
  readEvaluation: (role: Role) => ACCOUNT_ADMINS.includes(role),
  runEvaluation: (role: Role) => role === 'orgAdmin',
  /** 调整等次 and 答复申诉: the community and the levels above, while the year is open. */
  adjustGrades: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 反馈卡 and 季度服务纪实: admins for any unit they see, the unit secretary for their own. */
  readFeedbackCards: (role: Role) => MEMBER_WRITERS.includes(role),
  readQuarterly: (role: Role) => MEMBER_WRITERS.includes(role),
  /** 年终评议: admins watch the progress; the org department opens the campaign. */
  readReviewCampaign: (role: Role) => ACCOUNT_ADMINS.includes(role),
  openReviewCampaign: (role: Role) => role === 'orgAdmin',
  /** 公示栏: admins print it for the board and hide remarks. */
  readNotices: (role: Role) => ACCOUNT_ADMINS.includes(role),
  hideNoticeComments: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 议事协商: admins and grid workers follow topics and meetings; the unit secretary only the unit's 议定事项. */
  readDeliberation: (role: Role) => UNIT_READERS.includes(role),
  readDeliberationMeetings: (role: Role) => PLACE_MANAGERS.includes(role),
  /** 不予采纳, 安排议事会 / 联席会议, 会议记录 and 议事日: the three admin roles. */
  manageDeliberation: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 议事公开栏: public within the county; printed by those with places. */
  readDeliberationBoard: (role: Role) => PLACE_MANAGERS.includes(role),
  /** 应急指挥: admins and grid workers follow the roll call, give tasks and log; the org department and streets switch and close. */
  readEmergencies: (role: Role) => PLACE_MANAGERS.includes(role),
  startEmergencies: (role: Role) => role === 'orgAdmin' || role === 'streetAdmin',
  /** 矛盾纠纷调解: every level sees its cases (details only the community and the mediators); the community and grid workers take them. */
  readMediation: (role: Role) => PLACE_MANAGERS.includes(role),
  openMediation: (role: Role) => role === 'communityAdmin' || role === 'gridWorker',
  assignMediators: (role: Role) => role === 'communityAdmin',
  /** 数据看板, 大屏 and 月报/年报: the three admin roles, for their own level and those below. */
  readDashboard: (role: Role) => ACCOUNT_ADMINS.includes(role),
  /** 单位看板: the unit secretary's own unit (in the menu); admins any unit they see (no menu entry). */
  readUnitDashboard: (role: Role) => MEMBER_WRITERS.includes(role),
};

const WRITES: Record<ImportKind, (role: Role) => boolean> = {
  organizations: can.writeOrganizations,
  members: can.writeMembers,
  households: can.writeHouseholds,
  residents: can.writeHouseholds,
};

/** The 台账 a role may import: those it may write. */
export const importKindsFor = (role: Role): ImportKind[] => IMPORT_KINDS.filter((kind) => WRITES[kind](role));
