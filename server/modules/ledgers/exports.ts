import type { ListHouseholdsQuery, ListMembersQuery, ListOrganizationsQuery, ListResidentsQuery } from '#contracts/people.js';
import {
  CARE_CATEGORY_LABELS,
  EDUCATION_LABELS,
  GENDER_LABELS,
  HOUSEHOLD_LABEL_LABELS,
  IMPORT_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  MEMBER_TYPE_LABELS,
  ORG_KIND_LABELS,
  PARTY_ORG_LEVEL_LABELS,
  RELATION_LABELS,
  TALENT_LABELS,
  type ImportKind,
  type Label,
} from '#contracts/labels.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { type ExportCell, writeExport } from '../../platform/excel/index.js';
import { householdsForExport, listOrganizationsForExport, membersForExport, residentsForExport } from '../people/index.js';

/** An export is a ledger for an office, not a database dump. */
export const MAX_EXPORT_ROWS = 50_000;

const zh = (l: Label | undefined) => l?.['zh-CN'] ?? '';
const many = <K extends string>(labels: Record<K, Label>, keys: K[]) => keys.map((k) => zh(labels[k])).join('、');

type Sheet = { headers: string[]; rows: ExportCell[][] };

export type ExportQuery =
  | { kind: 'organizations'; query: ListOrganizationsQuery }
  | { kind: 'members'; query: ListMembersQuery }
  | { kind: 'households'; query: ListHouseholdsQuery }
  | { kind: 'residents'; query: ListResidentsQuery };

async function sheetOf(deps: AppDeps, caller: Caller, e: ExportQuery): Promise<Sheet> {
  switch (e.kind) {
    case 'organizations': {
      const items = await listOrganizationsForExport(deps, caller, e.query, MAX_EXPORT_ROWS);
      return {
        headers: ['单位名称', '单位类别', '所属行业', '地址', '所在地点', '统一社会信用代码', '党员人数', '党组织'],
        rows: items.map((o) => [
          o.name,
          zh(ORG_KIND_LABELS[o.kind]),
          o.industry,
          o.address,
          o.place.name,
          o.creditCode,
          o.memberCount,
          o.partyOrgs.map((p) => `${p.name}（${zh(PARTY_ORG_LEVEL_LABELS[p.level])}）`).join('、'),
        ]),
      };
    }
    case 'members': {
      const items = await membersForExport(deps, caller, e.query, MAX_EXPORT_ROWS);
      return {
        headers: [
          '姓名',
          '性别',
          '民族',
          '出生日期',
          '学历',
          '手机号',
          '身份证号',
          '工作单位',
          '所在党组织',
          '党员类别',
          '党员状态',
          '入党日期',
          '转正日期',
          '居住社区',
          '居住地址',
          '专长',
          '服务意向',
          '空闲时间',
        ],
        rows: items.map((m) => [
          m.name,
          zh(GENDER_LABELS[m.gender]),
          m.ethnicity,
          m.birthDate,
          m.education ? zh(EDUCATION_LABELS[m.education]) : '',
          m.phone,
          m.idNumber,
          m.organization?.name ?? '',
          m.partyOrg?.name ?? '',
          zh(MEMBER_TYPE_LABELS[m.memberType]),
          zh(MEMBER_STATUS_LABELS[m.status]),
          m.joinedAt,
          m.fullAt,
          m.home?.community?.name ?? '',
          m.home?.address ?? '',
          many(TALENT_LABELS, m.talents),
          m.intentions,
          m.freeTime,
        ]),
      };
    }
    case 'households': {
      const items = await householdsForExport(deps, caller, e.query, MAX_EXPORT_ROWS);
      return {
        headers: ['地址', '门牌号', '户标签', '重点户类别', '居民人数'],
        rows: items.map((h) => [h.address, h.doorNo, zh(HOUSEHOLD_LABEL_LABELS[h.label]), many(CARE_CATEGORY_LABELS, h.careCategories), h.residentCount]),
      };
    }
    case 'residents': {
      const items = await residentsForExport(deps, caller, e.query, MAX_EXPORT_ROWS);
      return {
        headers: ['姓名', '性别', '出生日期', '与户主关系', '手机号', '身份证号', '住址'],
        rows: items.map((r) => [
          r.name,
          r.gender ? zh(GENDER_LABELS[r.gender]) : '',
          r.birthDate,
          zh(RELATION_LABELS[r.relation]),
          r.phone,
          r.idNumber,
          r.address,
        ]),
      };
    }
  }
}

/** The list exactly as filtered, masked as on screen, stamped with who exported it and when; audited. */
export async function exportLedger(deps: AppDeps, caller: Caller, e: ExportQuery): Promise<{ file: Buffer; name: string }> {
  const sheet = await sheetOf(deps, caller, e);
  const at = deps.clock();
  const title = `${zh(IMPORT_KIND_LABELS[e.kind])}台账`;
  const file = await writeExport({ columns: sheet.headers.map((header) => ({ header })), rows: sheet.rows, title, stamp: { by: caller.displayName, at } });
  await audit(deps.db, caller, { action: 'export', entity: e.kind, summary: `导出${title} ${sheet.rows.length} 条`, detail: { query: e.query } });
  return { file, name: `${title}-${at.toISOString().slice(0, 10)}.xlsx` };
}

export const exportKinds: ImportKind[] = ['organizations', 'members', 'households', 'residents'];
