/** Domain labels in both languages, shared by the server (exports, messages) and the web. */
export type Lang = 'zh-CN' | 'en';
export type Label = Record<Lang, string>;

// 网格层级: the place tree, top to bottom.
export const PLACE_KINDS = ['county', 'street', 'community', 'compound', 'grid', 'building', 'unit'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_KIND_LABELS: Record<PlaceKind, Label> = {
  county: { 'zh-CN': '县(市、区)', en: 'County' },
  street: { 'zh-CN': '街道/乡镇', en: 'Street / town' },
  community: { 'zh-CN': '社区/村', en: 'Community / village' },
  compound: { 'zh-CN': '小区', en: 'Compound' },
  grid: { 'zh-CN': '网格', en: 'Grid' },
  building: { 'zh-CN': '楼栋', en: 'Building' },
  unit: { 'zh-CN': '单元', en: 'Stairwell unit' },
};

export const ROLES = [
  'orgAdmin', // 组织部管理员
  'streetAdmin', // 街道管理员
  'communityAdmin', // 社区管理员
  'gridWorker', // 网格员
  'unitSecretary', // 单位党组织书记
  'member', // 在职党员
  'resident', // 居民
  'merchant', // 商户
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Label> = {
  orgAdmin: { 'zh-CN': '组织部管理员', en: 'Organisation dept. admin' },
  streetAdmin: { 'zh-CN': '街道管理员', en: 'Street admin' },
  communityAdmin: { 'zh-CN': '社区管理员', en: 'Community admin' },
  gridWorker: { 'zh-CN': '网格员', en: 'Grid worker' },
  unitSecretary: { 'zh-CN': '单位党组织书记', en: 'Unit party secretary' },
  member: { 'zh-CN': '在职党员', en: 'Party member' },
  resident: { 'zh-CN': '居民', en: 'Resident' },
  merchant: { 'zh-CN': '商户', en: 'Merchant' },
};

/** Roles that work in the desktop console; the others use the phone pages. */
export const CONSOLE_ROLES: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin', 'gridWorker', 'unitSecretary'];

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'view', 'reveal', 'export', 'import', 'login', 'loginFailed', 'logout'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const labels = <K extends string>(entries: Record<K, [string, string]>): Record<K, Label> =>
  Object.fromEntries(Object.entries<[string, string]>(entries).map(([k, [zh, en]]) => [k, { 'zh-CN': zh, en }])) as Record<K, Label>;

// 单位类别
export const ORG_KINDS = ['agency', 'institution', 'stateEnterprise', 'privateEnterprise', 'socialOrg', 'other'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS = labels<OrgKind>({
  agency: ['机关', 'Government agency'],
  institution: ['事业单位', 'Public institution'],
  stateEnterprise: ['国有企业', 'State-owned enterprise'],
  privateEnterprise: ['非公企业', 'Private enterprise'],
  socialOrg: ['社会组织', 'Social organisation'],
  other: ['其他', 'Other'],
});

// 党组织层级: 党委 / 党总支 / 党支部
export const PARTY_ORG_LEVELS = ['committee', 'generalBranch', 'branch'] as const;
export type PartyOrgLevel = (typeof PARTY_ORG_LEVELS)[number];
export const PARTY_ORG_LEVEL_LABELS = labels<PartyOrgLevel>({
  committee: ['党委', 'Party committee'],
  generalBranch: ['党总支', 'General branch'],
  branch: ['党支部', 'Branch'],
});

// 户的五色标签
export const HOUSEHOLD_LABELS = ['resident', 'rental', 'specialCare', 'partyMember', 'vacant'] as const;
export type HouseholdLabel = (typeof HOUSEHOLD_LABELS)[number];
export const HOUSEHOLD_LABEL_LABELS = labels<HouseholdLabel>({
  resident: ['常住', 'Resident'],
  rental: ['出租', 'Rental'],
  specialCare: ['特殊关注', 'Special care'],
  partyMember: ['党员', 'Party member'],
  vacant: ['无人居住', 'Vacant'],
});

// 重点户类别
export const CARE_CATEGORIES = ['elderlyAlone', 'leftBehindChild', 'disabled', 'pregnant', 'chronicIllness', 'hardship'] as const;
export type CareCategory = (typeof CARE_CATEGORIES)[number];
export const CARE_CATEGORY_LABELS = labels<CareCategory>({
  elderlyAlone: ['独居老人', 'Elderly living alone'],
  leftBehindChild: ['留守儿童', 'Left-behind child'],
  disabled: ['残疾人', 'Disabled'],
  pregnant: ['孕产妇', 'Pregnant or new mother'],
  chronicIllness: ['慢病患者', 'Chronic illness'],
  hardship: ['困难群众', 'Hardship'],
});

// 人才类别
export const TALENT_CLASSES = ['law', 'medical', 'education', 'culture', 'psychology', 'repair', 'technology', 'emergency'] as const;
export type TalentClass = (typeof TALENT_CLASSES)[number];
export const TALENT_LABELS = labels<TalentClass>({
  law: ['法律', 'Law'],
  medical: ['医疗', 'Medical'],
  education: ['教育', 'Education'],
  culture: ['文化', 'Culture'],
  psychology: ['心理', 'Counselling'],
  repair: ['维修', 'Repairs'],
  technology: ['科技', 'Technology'],
  emergency: ['应急', 'Emergency'],
});

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS = labels<Gender>({ male: ['男', 'Male'], female: ['女', 'Female'] });

export const EDUCATIONS = ['primary', 'juniorHigh', 'seniorHigh', 'vocational', 'college', 'bachelor', 'master', 'doctor'] as const;
export type Education = (typeof EDUCATIONS)[number];
export const EDUCATION_LABELS = labels<Education>({
  primary: ['小学', 'Primary school'],
  juniorHigh: ['初中', 'Junior high'],
  seniorHigh: ['高中', 'Senior high'],
  vocational: ['中专', 'Vocational school'],
  college: ['大专', 'College'],
  bachelor: ['本科', 'Bachelor'],
  master: ['硕士', 'Master'],
  doctor: ['博士', 'Doctorate'],
});

// 党员类别: 正式党员 / 预备党员
export const MEMBER_TYPES = ['full', 'probationary'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];
export const MEMBER_TYPE_LABELS = labels<MemberType>({ full: ['正式党员', 'Full member'], probationary: ['预备党员', 'Probationary member'] });

export const MEMBER_STATUSES = ['active', 'transferred', 'retired'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS = labels<MemberStatus>({
  active: ['在职', 'In service'],
  transferred: ['已转出', 'Transferred out'],
  retired: ['已退休', 'Retired'],
});

export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'tenant', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
export const RELATION_LABELS = labels<Relation>({
  head: ['户主', 'Head of household'],
  spouse: ['配偶', 'Spouse'],
  child: ['子女', 'Child'],
  parent: ['父母', 'Parent'],
  grandchild: ['孙辈', 'Grandchild'],
  tenant: ['租户', 'Tenant'],
  other: ['其他', 'Other'],
});

// 台账 kinds that can be imported and exported
export const IMPORT_KINDS = ['organizations', 'members', 'households', 'residents'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS = labels<ImportKind>({
  organizations: ['单位', 'Work units'],
  members: ['在职党员', 'Party members'],
  households: ['户', 'Households'],
  residents: ['居民', 'Residents'],
});

// 单位报到时提供的资源
export const RESOURCE_KINDS = ['venue', 'vehicle', 'funds', 'professional', 'supplies', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_KIND_LABELS = labels<ResourceKind>({
  venue: ['场地', 'Venue'],
  vehicle: ['车辆', 'Vehicle'],
  funds: ['资金', 'Funds'],
  professional: ['专业服务', 'Professional service'],
  supplies: ['物资', 'Supplies'],
  other: ['其他', 'Other'],
});

export const REGISTRATION_STATUSES = ['submitted', 'confirmed', 'returned'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS = labels<RegistrationStatus>({
  submitted: ['待确认', 'Awaiting confirmation'],
  confirmed: ['已确认', 'Confirmed'],
  returned: ['已退回', 'Returned'],
});

// 个人报到 statuses: a newer approved registration supersedes the older (history kept).
export const MEMBER_REGISTRATION_STATUSES = ['submitted', 'approved', 'returned', 'superseded'] as const;
export type MemberRegistrationStatus = (typeof MEMBER_REGISTRATION_STATUSES)[number];
export const MEMBER_REGISTRATION_STATUS_LABELS = labels<MemberRegistrationStatus>({
  submitted: ['待审核', 'Awaiting approval'],
  approved: ['已通过', 'Approved'],
  returned: ['已退回', 'Returned'],
  superseded: ['已变更', 'Superseded'],
});

// 双服务 — 服务工单: 居民点单 → 社区派单 → 党员接单 → 群众评单
export const ORDER_STATUSES = ['submitted', 'dispatched', 'open', 'accepted', 'finished', 'rated', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_STATUS_LABELS = labels<OrderStatus>({
  submitted: ['待派单', 'Awaiting dispatch'],
  dispatched: ['已派单', 'Dispatched'],
  open: ['待认领', 'Open to claim'],
  accepted: ['服务中', 'In progress'],
  finished: ['待评价', 'Awaiting rating'],
  rated: ['已评价', 'Rated'],
  cancelled: ['已取消', 'Cancelled'],
});

export const ORDER_CATEGORIES = ['repair', 'elderlyCare', 'medical', 'legal', 'education', 'psychology', 'environment', 'errand', 'other'] as const;
export type OrderCategory = (typeof ORDER_CATEGORIES)[number];
export const ORDER_CATEGORY_LABELS = labels<OrderCategory>({
  repair: ['维修帮办', 'Repairs'],
  elderlyCare: ['助老服务', 'Elderly care'],
  medical: ['健康医疗', 'Health'],
  legal: ['法律咨询', 'Legal advice'],
  education: ['学业辅导', 'Tutoring'],
  psychology: ['心理疏导', 'Counselling'],
  environment: ['环境整治', 'Neighbourhood upkeep'],
  errand: ['代办跑腿', 'Errands'],
  other: ['其他', 'Other'],
});

// 设岗定责: the eight classes of community posts.
export const POST_CLASSES = [
  'stationDuty',
  'mediator',
  'healthGuard',
  'policyPromoter',
  'civilityGuide',
  'environmentMonitor',
  'safetyPatrol',
  'neighbourHelper',
] as const;
export type PostClass = (typeof POST_CLASSES)[number];
export const POST_CLASS_LABELS = labels<PostClass>({
  stationDuty: ['站点值守员', 'Service-point keeper'],
  mediator: ['矛盾纠纷调解员', 'Dispute mediator'],
  healthGuard: ['居民健康守护员', 'Health guardian'],
  policyPromoter: ['政策宣传员', 'Policy explainer'],
  civilityGuide: ['文明劝导员', 'Civility guide'],
  environmentMonitor: ['环境卫生监督员', 'Environment monitor'],
  safetyPatrol: ['平安巡逻员', 'Safety patroller'],
  neighbourHelper: ['邻里帮扶员', 'Neighbour helper'],
});

// 微心愿
export const WISH_STATUSES = ['open', 'claimed', 'fulfilled', 'thanked', 'withdrawn'] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];
export const WISH_STATUS_LABELS = labels<WishStatus>({
  open: ['待认领', 'Open'],
  claimed: ['已认领', 'Claimed'],
  fulfilled: ['已实现', 'Fulfilled'],
  thanked: ['已致谢', 'Thanked'],
  withdrawn: ['已撤回', 'Withdrawn'],
});
