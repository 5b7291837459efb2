import { MEMBER_REGISTRATION_STATUS_LABELS, REGISTRATION_STATUS_LABELS, RESOURCE_KIND_LABELS, TALENT_LABELS } from '#contracts/labels.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { beijingTime, percentText, writeExport } from '../../platform/excel/index.js';
import { coverage, unregisteredMembers } from './coverage.js';
import { type LedgerFilter, memberRegistrationsForExport } from './members.js';
import { type UnitLedgerFilter, unitRegistrationsForExport } from './units.js';

// 报到台账 exports: what the screen shows, filtered the same way, masked the same way; each export audited.

const EXPORT_LIMIT = 100_000;
const time = (iso: string | null) => (iso ? beijingTime(new Date(iso)) : '');

async function finish(deps: AppDeps, caller: Caller, title: string, columns: string[], rows: (string | number | null)[][]) {
  const at = deps.clock();
  const file = await writeExport({ title, stamp: { by: caller.displayName, at }, columns: columns.map((header) => ({ header })), rows });
  await audit(deps.db, caller, { action: 'export', entity: 'memberRegistration', summary: `导出${title} ${rows.length} 条` });
  return { file, name: `${title}-${at.toISOString().slice(0, 10)}.xlsx` };
}

export async function exportMemberLedger(deps: AppDeps, caller: Caller, q: LedgerFilter) {
  const items = await memberRegistrationsForExport(deps, caller, q, EXPORT_LIMIT);
  return finish(
    deps,
    caller,
    '党员报到台账',
    ['姓名', '工作单位', '报到社区', '居住户', '专长', '服务意向', '可服务时间', '状态', '提交时间', '审核时间', '退回原因', '来源'],
    items.map((r) => [
      r.member.name,
      r.organization,
      r.place.name,
      r.householdAddress,
      r.talents.map((t) => TALENT_LABELS[t]['zh-CN']).join('、'),
      r.intentions,
      r.freeTime,
      MEMBER_REGISTRATION_STATUS_LABELS[r.status]['zh-CN'],
      time(r.submittedAt),
      time(r.decidedAt),
      r.reason ?? '',
      r.applicant ? '申请报到（名册外）' : '名册核验',
    ]),
  );
}

export async function exportUnitLedger(deps: AppDeps, caller: Caller, q: UnitLedgerFilter) {
  const items = await unitRegistrationsForExport(deps, caller, q, EXPORT_LIMIT);
  return finish(
    deps,
    caller,
    '单位报到台账',
    ['单位', '报到社区', '联系人', '提供资源', '协议开始', '协议结束', '共建承诺', '协议扫描件', '状态', '提交时间', '确认时间', '退回原因'],
    items.map((r) => [
      r.organization.name,
      r.place.name,
      r.contacts,
      r.resources.map((x) => `${RESOURCE_KIND_LABELS[x.kind]['zh-CN']}：${x.description}`).join('；'),
      r.agreement.startDate,
      r.agreement.endDate,
      r.agreement.commitments,
      r.agreement.scan ? '已上传' : '未上传',
      REGISTRATION_STATUS_LABELS[r.status]['zh-CN'],
      time(r.submittedAt),
      time(r.decidedAt),
      r.reason ?? '',
    ]),
  );
}

export async function exportCoverage(deps: AppDeps, caller: Caller, placeId?: number) {
  const rows = await coverage(deps, caller, placeId);
  return finish(
    deps,
    caller,
    '报到覆盖情况',
    ['街道（乡镇）', '社区', '在职党员', '已报到党员', '党员报到率', '驻区单位', '已报到单位', '单位报到率'],
    rows.map((r) => [
      r.street,
      r.place.name,
      r.members,
      r.membersRegistered,
      percentText(r.membersRegistered, r.members),
      r.units,
      r.unitsRegistered,
      percentText(r.unitsRegistered, r.units),
    ]),
  );
}

export async function exportUnregistered(deps: AppDeps, caller: Caller) {
  const rows = await unregisteredMembers(deps, caller);
  return finish(
    deps,
    caller,
    '未报到党员名单',
    ['姓名', '手机号', '居住地', '手机账号', '最近提醒'],
    rows.map((r) => [r.name, r.phone ?? '', r.home ?? '', r.hasAccount ? '有' : '无', time(r.lastRemindedAt)]),
  );
}
