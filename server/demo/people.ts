import { makeIdNumber } from '#contracts/idcard.js';
import type { CareCategory, Education, HouseholdLabel, OrgKind, Relation, TalentClass } from '#contracts/labels.js';
import type { Random } from './random.js';

// Plausible people for the demo county: names, units, households, residents and members.

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎武段雷侯白'.split('');
const GIVEN = '建国秀英志强丽娟海燕军伟明华芳玉兰桂英红梅晓东文斌俊杰雅婷佳怡子涵浩然欣怡宇轩思远晨曦嘉琪丹凤春生福海金花永红卫东小平淑珍瑞霞鹏飞亚楠'.split(
  '',
);

export function personName(rng: Random): string {
  const given = rng.next() < 0.4 ? rng.pick(GIVEN) : `${rng.pick(GIVEN)}${rng.pick(GIVEN)}`;
  return `${rng.pick(SURNAMES)}${given}`;
}

export function birthDate(rng: Random, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

let phoneSeq = 0;
export function phoneNumber(rng: Random): string {
  phoneSeq++;
  return `1${rng.pick(['35', '36', '38', '39', '52', '58', '87', '89'])}${String(rng.int(0, 99)).padStart(2, '0')}${String(phoneSeq).padStart(6, '0')}`;
}

let idSeq = 0;
const issued = new Set<string>();
/** A valid, never repeated ID number (the sequence digits run out on a popular birthday, so the area varies). */
export function idNumber(_rng: Random, birth: string, gender: 'male' | 'female'): string {
  for (;;) {
    idSeq++;
    const area = `1403${String(20 + (Math.floor(idSeq / 100) % 80)).padStart(2, '0')}`;
    const id = makeIdNumber(area, birth, idSeq, gender);
    if (!issued.has(id)) {
      issued.add(id);
      return id;
    }
  }
}

const BUREAUS = [
  ['中共盂县县委组织部', 'agency', '党政机关'],
  ['国网盂县供电公司', 'stateEnterprise', '电力'],
  ['中共盂县县委宣传部', 'agency', '党政机关'],
  ['盂县人民政府办公室', 'agency', '党政机关'],
  ['盂县发展和改革局', 'agency', '党政机关'],
  ['盂县教育局', 'agency', '教育'],
  ['盂县公安局', 'agency', '公共安全'],
  ['盂县民政局', 'agency', '社会服务'],
  ['盂县司法局', 'agency', '法律'],
  ['盂县财政局', 'agency', '党政机关'],
  ['盂县人力资源和社会保障局', 'agency', '社会服务'],
  ['盂县自然资源局', 'agency', '党政机关'],
  ['盂县住房和城乡建设管理局', 'agency', '建设'],
  ['盂县交通运输局', 'agency', '交通'],
  ['盂县水利局', 'agency', '水利'],
  ['盂县农业农村局', 'agency', '农业'],
  ['盂县商务局', 'agency', '商贸'],
  ['盂县文化和旅游局', 'agency', '文化'],
  ['盂县卫生健康和体育局', 'agency', '医疗卫生'],
  ['盂县应急管理局', 'agency', '应急'],
  ['盂县市场监督管理局', 'agency', '市场监管'],
  ['盂县医疗保障局', 'agency', '医疗卫生'],
  ['盂县统计局', 'agency', '党政机关'],
  ['盂县退役军人事务局', 'agency', '社会服务'],
  ['盂县人民法院', 'agency', '法律'],
  ['盂县人民检察院', 'agency', '法律'],
  ['国家税务总局盂县税务局', 'agency', '税务'],
  ['盂县人民医院', 'institution', '医疗卫生'],
  ['盂县中医医院', 'institution', '医疗卫生'],
  ['盂县妇幼保健院', 'institution', '医疗卫生'],
  ['盂县疾病预防控制中心', 'institution', '医疗卫生'],
  ['盂县第一中学校', 'institution', '教育'],
  ['盂县第二中学校', 'institution', '教育'],
  ['盂县职业技术学校', 'institution', '教育'],
  ['盂县实验小学', 'institution', '教育'],
  ['盂县秀水小学', 'institution', '教育'],
  ['盂县图书馆', 'institution', '文化'],
  ['盂县融媒体中心', 'institution', '文化'],
  ['盂县供水服务中心', 'institution', '公用事业'],
  ['中国移动盂县分公司', 'stateEnterprise', '通信'],
  ['中国联通盂县分公司', 'stateEnterprise', '通信'],
  ['中国邮政盂县分公司', 'stateEnterprise', '邮政'],
  ['盂县农村商业银行', 'stateEnterprise', '金融'],
  ['中国工商银行盂县支行', 'stateEnterprise', '金融'],
  ['中国农业银行盂县支行', 'stateEnterprise', '金融'],
  ['盂县城市建设投资有限公司', 'stateEnterprise', '建设'],
  ['盂县公共交通有限公司', 'stateEnterprise', '交通'],
  ['盂县燃气有限公司', 'stateEnterprise', '公用事业'],
] as const;
const PRIVATE_HEADS = ['鑫源', '恒通', '华宇', '晋盂', '宏达', '兴旺', '泰丰', '瑞祥', '德润', '长青', '富源', '佳禾', '金盛', '诚信', '荣达', '顺发'];
const PRIVATE_TAILS = [
  ['煤业有限公司', '能源'],
  ['建材有限公司', '建材'],
  ['商贸有限公司', '商贸'],
  ['农业开发有限公司', '农业'],
  ['物流有限公司', '物流'],
  ['物业服务有限公司', '物业'],
] as const;

export type OrgSeed = { name: string; kind: OrgKind; industry: string };

export function organizationSeeds(rng: Random, count: number): OrgSeed[] {
  const out: OrgSeed[] = BUREAUS.map(([name, kind, industry]) => ({ name, kind, industry }));
  const used = new Set(out.map((o) => o.name));
  while (out.length < count) {
    const [tail, industry] = rng.pick(PRIVATE_TAILS);
    const name = `盂县${rng.pick(PRIVATE_HEADS)}${tail}`;
    if (used.has(name)) continue;
    used.add(name);
    out.push({ name, kind: rng.next() < 0.85 ? 'privateEnterprise' : 'socialOrg', industry });
  }
  return out.slice(0, count);
}

export function householdLabel(rng: Random): HouseholdLabel {
  const x = rng.next();
  if (x < 0.72) return 'resident';
  if (x < 0.84) return 'rental';
  if (x < 0.92) return 'specialCare';
  return 'vacant';
}

const CARE: CareCategory[] = ['elderlyAlone', 'leftBehindChild', 'disabled', 'pregnant', 'chronicIllness', 'hardship'];
export function careCategories(rng: Random, label: HouseholdLabel): CareCategory[] {
  if (label === 'vacant') return [];
  if (label === 'specialCare' || rng.next() < 0.03) return [rng.pick(CARE)];
  return [];
}

export const RELATION_ORDER: Relation[] = ['head', 'spouse', 'child', 'parent'];
export const EDUCATION_CHOICES: Education[] = ['seniorHigh', 'vocational', 'college', 'bachelor', 'bachelor', 'bachelor', 'master'];
export const TALENT_CHOICES: TalentClass[] = ['law', 'medical', 'education', 'culture', 'psychology', 'repair', 'technology', 'emergency'];
export const INTENTIONS = ['政策宣讲', '助老助残', '环境整治', '法律咨询', '义诊', '课业辅导', '文艺演出', '矛盾调解', '应急值守', '家电维修'];
export const FREE_TIMES = ['周末全天', '工作日晚上', '周六上午', '周日下午', '节假日', '工作日午休'];
