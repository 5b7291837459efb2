import type { ImportKind, Label } from '#contracts/labels.js';
import {
  CARE_CATEGORY_LABELS,
  EDUCATION_LABELS,
  GENDER_LABELS,
  HOUSEHOLD_LABEL_LABELS,
  IMPORT_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  MEMBER_TYPE_LABELS,
  ORG_KIND_LABELS,
  RELATION_LABELS,
  TALENT_LABELS,
} from '#contracts/labels.js';
import type { ColumnSpec, SheetSpec } from '../../platform/excel/index.js';

// 台账 layouts: the columns offices fill in, in the order they already use.

const col = (key: string, header: string, headerEn: string, kind: ColumnSpec['kind'], hint: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  headerEn,
  kind,
  hint,
  ...extra,
});
const options = (labels: Record<string, Label>) => ({ options: labels });

const placeCode = col('placeCode', '地点编码', 'Place code', 'text', '地点管理中显示的编码，如 140322100101-01-B1-1', {
  required: true,
  maxLength: 32,
  aliases: ['单元编码', '楼栋编码'],
});
const doorNo = col('doorNo', '门牌号', 'Door number', 'text', '如 301', { required: true, maxLength: 10, aliases: ['门牌', '房号'] });

export const SHEETS: Record<ImportKind, SheetSpec> = {
  organizations: {
    sheetName: '单位台账',
    title: IMPORT_KIND_LABELS.organizations,
    columns: [
      col('name', '单位名称', 'Name', 'text', '全称', { required: true, maxLength: 60 }),
      col('kind', '单位类别', 'Kind', 'enum', '机关/事业单位/国有企业/非公企业/社会组织/其他', { required: true, ...options(ORG_KIND_LABELS) }),
      col('industry', '所属行业', 'Industry', 'text', '如 教育、医疗卫生', { maxLength: 40 }),
      col('address', '地址', 'Address', 'text', '', { maxLength: 120 }),
      { ...placeCode, hint: '所在社区/村的编码，如 140322100101' },
      col('creditCode', '统一社会信用代码', 'Credit code', 'text', '18位', { maxLength: 18 }),
    ],
  },
  members: {
    sheetName: '党员台账',
    title: IMPORT_KIND_LABELS.members,
    columns: [
      col('name', '姓名', 'Name', 'text', '', { required: true, maxLength: 20 }),
      col('idNumber', '身份证号', 'ID number', 'idNumber', '18位，末位可为X；请设为文本格式', { required: true }),
      col('gender', '性别', 'Gender', 'enum', '男/女，可不填（按身份证号）', options(GENDER_LABELS)),
      col('birthDate', '出生日期', 'Birth date', 'date', 'YYYY-MM-DD 或 1990年1月2日，可不填', {}),
      col('ethnicity', '民族', 'Ethnicity', 'text', '如 汉族', { maxLength: 10 }),
      col('education', '学历', 'Education', 'enum', '小学/初中/高中/中专/大专/本科/硕士/博士', options(EDUCATION_LABELS)),
      col('phone', '手机号', 'Phone', 'phone', '11位', { aliases: ['手机', '联系电话'] }),
      col('organization', '工作单位', 'Work unit', 'text', '与单位台账中的名称一致', { maxLength: 60 }),
      col('partyOrg', '所在党组织', 'Party organisation', 'text', '该单位下的党组织名称', { maxLength: 60 }),
      col('memberType', '党员类别', 'Member type', 'enum', '正式党员/预备党员', options(MEMBER_TYPE_LABELS)),
      col('status', '党员状态', 'Status', 'enum', '在职/已转出/已退休', options(MEMBER_STATUS_LABELS)),
      col('joinedAt', '入党日期', 'Joined', 'date', 'YYYY-MM-DD', {}),
      col('fullAt', '转正日期', 'Full membership', 'date', 'YYYY-MM-DD', {}),
      { ...placeCode, key: 'homePlaceCode', header: '居住地点编码', headerEn: 'Home place code', required: false, aliases: [] },
      { ...doorNo, key: 'homeDoorNo', header: '居住门牌号', headerEn: 'Home door number', required: false, aliases: [] },
      col('talents', '专长', 'Talents', 'list', '法律/医疗/教育/文化/心理/维修/科技/应急，多个用、分隔', options(TALENT_LABELS)),
      col('intentions', '服务意向', 'Service intentions', 'text', '', { maxLength: 200 }),
      col('freeTime', '空闲时间', 'Free time', 'text', '如 周末全天', { maxLength: 100 }),
    ],
  },
  households: {
    sheetName: '户台账',
    title: IMPORT_KIND_LABELS.households,
    columns: [
      placeCode,
      doorNo,
      col('label', '户标签', 'Label', 'enum', '常住/出租/特殊关注/党员/无人居住', options(HOUSEHOLD_LABEL_LABELS)),
      col(
        'careCategories',
        '重点户类别',
        'Care categories',
        'list',
        '独居老人/留守儿童/残疾人/孕产妇/慢病患者/困难群众，多个用、分隔',
        options(CARE_CATEGORY_LABELS),
      ),
    ],
  },
  residents: {
    sheetName: '居民台账',
    title: IMPORT_KIND_LABELS.residents,
    columns: [
      placeCode,
      doorNo,
      col('name', '姓名', 'Name', 'text', '', { required: true, maxLength: 20 }),
      col('idNumber', '身份证号', 'ID number', 'idNumber', '18位，末位可为X；请设为文本格式'),
      col('gender', '性别', 'Gender', 'enum', '男/女', options(GENDER_LABELS)),
      col('birthDate', '出生日期', 'Birth date', 'date', 'YYYY-MM-DD', {}),
      col('relation', '与户主关系', 'Relation', 'enum', '户主/配偶/子女/父母/孙辈/租户/其他', options(RELATION_LABELS)),
      col('phone', '手机号', 'Phone', 'phone', '11位', { aliases: ['手机', '联系电话'] }),
    ],
  },
};

/** The column a service error's field belongs to, so a row's problem names what the office typed. */
export const FIELD_COLUMNS: Record<string, string> = {
  placeId: 'placeCode',
  householdId: 'homePlaceCode',
  organizationId: 'organization',
  partyOrgId: 'partyOrg',
};

export const headerOf = (kind: ImportKind, key: string) => {
  const columns = SHEETS[kind].columns;
  const target = FIELD_COLUMNS[key] ?? key;
  return columns.find((c) => c.key === target)?.header ?? columns[0]?.header ?? key;
};
