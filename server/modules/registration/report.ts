import type { HalfYearReportDto } from '#contracts/registration.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { NotFound } from '../../platform/errors.js';
import { getMember, ownMember } from '../people/index.js';
import { serviceRecordsOf } from '../service/index.js';
import { registrationsOf } from './members.js';

/** A half year in the county's calendar (Beijing time): H1 = Jan–Jun, H2 = Jul–Dec. */
export function halfYear(year: number, half: number): { from: string; to: string; start: Date; end: Date } {
  const from = `${year}-${half === 1 ? '01' : '07'}-01`;
  const to = half === 1 ? `${year}-06-30` : `${year}-12-31`;
  const next = half === 1 ? `${year}-07-01` : `${year + 1}-01-01`;
  return { from, to, start: new Date(`${from}T00:00:00+08:00`), end: new Date(`${next}T00:00:00+08:00`) };
}

/**
 * 党员半年报告: the member's registrations and service records of the half year, for their own branch.
 * Points join when 双评价's ledger lands; until then that section says so rather than show zeros.
 */
export async function halfYearReport(
  deps: AppDeps,
  caller: Caller,
  memberId: number,
  q: { year?: number | undefined; half?: number | undefined },
): Promise<HalfYearReportDto> {
  // The current half year in Beijing time, unless asked for another.
  const today = new Date(deps.clock().getTime() + 8 * 3600_000);
  const year = q.year ?? today.getUTCFullYear();
  const half = q.half ?? (today.getUTCMonth() < 6 ? 1 : 2);
  if (caller.role === 'member' && caller.memberId !== memberId) throw NotFound('member');
  const member = caller.role === 'member' ? await ownMember(deps, memberId) : await getMember(deps, caller, memberId);
  const period = halfYear(year, half);
  const registrations = await registrationsOf(deps.db, memberId, { from: period.start, to: period.end });
  await audit(deps.db, caller, {
    action: 'view',
    entity: 'member',
    entityId: memberId,
    summary: `查看党员半年报告 ${member.name} ${year}年${half === 1 ? '上' : '下'}半年`,
  });
  return {
    member: {
      id: member.id,
      name: member.name,
      organization: member.organization?.name ?? '',
      partyOrg: member.partyOrg?.name ?? '',
      home: member.home?.address ?? null,
      talents: member.talents,
    },
    period: { year, half, from: period.from, to: period.to },
    registrations,
    services: (await serviceRecordsOf(deps.db, memberId, { from: period.start, to: period.end })).map((r) => ({
      date: r.occurredAt,
      kind: r.source,
      title: r.title,
      hours: r.hours,
    })),
    points: null,
    generatedAt: deps.clock().toISOString(),
  };
}
