import type { Label } from '#contracts/labels.js';

/** Every message the API can answer with, in both languages. `{x}` is filled from the error's params. */
export const messages = {
  notFound: { 'zh-CN': '未找到{entityZh}', en: '{entity} not found' },
  forbidden: { 'zh-CN': '没有权限执行此操作', en: 'You are not allowed to do this' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please log in' },
  sessionExpired: { 'zh-CN': '登录已超时，请重新登录', en: 'Your session has expired; please log in again' },
  csrf: { 'zh-CN': '请求校验失败，请刷新页面后重试', en: 'The request token is missing or wrong; reload the page and try again' },
  mustChangePassword: { 'zh-CN': '首次登录请先修改密码', en: 'Change your password before continuing' },
  badCredentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  accountLocked: {
    'zh-CN': '连续登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试',
    en: 'Too many failed logins: the account is locked; try again in {minutes} minutes',
  },
  accountDisabled: { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  rateLimited: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; please slow down' },
  weakPassword: {
    'zh-CN': '密码至少 8 位，且须包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'The password needs at least 8 characters from at least 3 of: upper case, lower case, digits, symbols',
  },
  wrongPassword: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  samePassword: { 'zh-CN': '新密码不能与原密码相同', en: 'The new password must differ from the current one' },
  invalidJson: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  bodyTooLarge: { 'zh-CN': '请求内容过大', en: 'The request body is too large' },
  unsupportedMediaType: { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' },
  badRequest: { 'zh-CN': '请求有误：{detail}', en: 'Bad request: {detail}' },
  'validation.required': { 'zh-CN': '“{fieldZh}”为必填项', en: '{field} is required' },
  'validation.type': { 'zh-CN': '“{fieldZh}”类型不正确，应为{expectedZh}', en: '{field} must be {expected}' },
  'validation.tooLong': { 'zh-CN': '“{fieldZh}”过长，最多 {max} 个字符', en: '{field} is too long (at most {max} characters)' },
  'validation.tooShort': { 'zh-CN': '“{fieldZh}”过短，至少 {min} 个字符', en: '{field} is too short (at least {min} characters)' },
  'validation.tooBig': { 'zh-CN': '“{fieldZh}”不能大于 {max}', en: '{field} must be at most {max}' },
  'validation.tooSmall': { 'zh-CN': '“{fieldZh}”不能小于 {min}', en: '{field} must be at least {min}' },
  'validation.format': { 'zh-CN': '“{fieldZh}”格式不正确', en: '{field} has the wrong format' },
  'validation.enum': { 'zh-CN': '“{fieldZh}”的取值无效，可选：{options}', en: '{field} must be one of: {options}' },
  'validation.unknownField': { 'zh-CN': '不认识的字段“{field}”', en: 'Unknown field {field}' },
  'validation.invalid': { 'zh-CN': '“{fieldZh}”无效', en: '{field} is invalid' },
  'place.kindOrder': {
    'zh-CN': '“{childZh}”不能建在“{parentZh}”之下',
    en: 'A {child} cannot be placed under a {parent}',
  },
  'place.underItself': { 'zh-CN': '不能把节点移动到它自己或它的下级之下', en: 'A place cannot be moved under itself or its own descendant' },
  'place.parentRetired': { 'zh-CN': '上级节点已撤销，不能在其下添加或移入', en: 'The parent place is retired; nothing can be added or moved under it' },
  'place.duplicateCode': { 'zh-CN': '编码 {code} 已被“{name}”使用', en: 'Code {code} is already used by {name}' },
  'place.duplicateName': { 'zh-CN': '同一上级下已有名为“{name}”的节点', en: 'The parent already has a place named {name}' },
  'place.hasActiveChildren': {
    'zh-CN': '该节点下还有 {count} 个未撤销的下级，请先撤销或移走它们',
    en: 'This place still has {count} active children; retire or move them first',
  },
  'place.alreadyRetired': { 'zh-CN': '该节点已撤销', en: 'This place is already retired' },
  'place.notRetired': { 'zh-CN': '该节点未撤销', en: 'This place is not retired' },
  'place.outsideScope': { 'zh-CN': '只能管理本辖区内的下级节点', en: 'You can only manage places below your own' },
  'place.codeFormat': {
    'zh-CN': '{kindZh}须使用 {digits} 位统计用区划代码',
    en: 'A {kind} needs its {digits}-digit statistical division code',
  },
  'account.duplicateUsername': { 'zh-CN': '用户名 {username} 已存在', en: 'Username {username} is taken' },
  'account.duplicatePhone': { 'zh-CN': '该手机号已绑定其他账号', en: 'This phone number belongs to another account' },
  'account.roleNotAllowed': { 'zh-CN': '不能创建或管理“{roleZh}”账号', en: 'You cannot manage {role} accounts' },
  'account.placeKind': {
    'zh-CN': '“{roleZh}”账号须绑定到{kindsZh}',
    en: 'A {role} account must be bound to a {kinds}',
  },
  'account.self': { 'zh-CN': '不能对自己的账号执行此操作', en: 'You cannot do this to your own account' },
  conflict: { 'zh-CN': '数据已被他人修改或已存在，请刷新后重试', en: 'The data was changed by someone else or already exists; reload and try again' },
  internal: { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
} satisfies Record<string, Label>;

export type MessageKey = keyof typeof messages;

/** Field names as users know them, for validation messages. Unknown fields fall back to their key. */
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  name: '名称',
  code: '编码',
  kind: '层级',
  parentId: '上级节点',
  placeId: '所属节点',
  displayName: '姓名',
  role: '角色',
  phone: '手机号',
  reason: '原因',
  q: '搜索词',
  page: '页码',
  pageSize: '每页条数',
  sort: '排序',
  status: '状态',
  id: '编号',
  from: '开始时间',
  to: '结束时间',
  action: '操作',
  actorId: '操作人',
  includeRetired: '包含已撤销',
};

export const ENTITY_LABELS: Record<string, string> = {
  place: '节点',
  account: '账号',
  session: '会话',
  route: '接口',
};
