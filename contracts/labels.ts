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
