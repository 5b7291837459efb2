import { parseIdNumber } from '#contracts/idcard.js';
import type { Education, MemberStatus, MemberType, TalentClass } from '#contracts/labels.js';
import type { MemberDto, MemberInput } from '#contracts/people.js';

/** What the member form holds, dates already as `YYYY-MM-DD`. */
export type MemberFields = {
  name: string;
  idNumber?: string;
  ethnicity?: string;
  education?: Education;
  phone?: string;
  organizationId?: number;
  partyOrgId?: number;
  memberType: MemberType;
  status: MemberStatus;
  joinedAt?: string;
  fullAt?: string;
  householdId?: number;
  talents?: TalentClass[];
  intentions?: string;
  freeTime?: string;
};

/** What the ledger records when nothing else is given: 汉族 (data, not interface text). */
export const DEFAULT_ETHNICITY = '汉族';

const blank = (value: string | undefined) => value?.trim() || undefined;

/** A new member: gender and birth date are left to the ID number, which the server reads. */
export function toMemberInput(fields: MemberFields): MemberInput {
  return {
    name: fields.name.trim(),
    idNumber: (fields.idNumber ?? '').trim().toUpperCase(),
    ethnicity: blank(fields.ethnicity) ?? DEFAULT_ETHNICITY,
    education: fields.education,
    phone: blank(fields.phone),
    organizationId: fields.organizationId,
    partyOrgId: fields.organizationId ? fields.partyOrgId : undefined,
    memberType: fields.memberType,
    status: fields.status,
    joinedAt: fields.joinedAt,
    fullAt: fields.memberType === 'full' ? fields.fullAt : undefined,
    householdId: fields.householdId,
    talents: fields.talents ?? [],
    intentions: fields.intentions?.trim() ?? '',
    freeTime: fields.freeTime?.trim() ?? '',
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Only what the edit changed; a blank phone or ID number keeps the one on record. */
export function memberChanges(fields: MemberFields, member: MemberDto): Partial<MemberInput> {
  const next = toMemberInput(fields);
  const changes: Partial<MemberInput> = {};
  if (next.name !== member.name) changes.name = next.name;
  if (next.idNumber) {
    changes.idNumber = next.idNumber;
    // The server checks a stored gender and birth date against a new number: send the ones it encodes.
    const parsed = parseIdNumber(next.idNumber);
    if (parsed.ok) {
      changes.gender = parsed.facts.gender;
      changes.birthDate = parsed.facts.birthDate;
    }
  }
  if (next.ethnicity !== member.ethnicity) changes.ethnicity = next.ethnicity;
  if (next.education && next.education !== member.education) changes.education = next.education;
  if (next.phone) changes.phone = next.phone;
  if (next.organizationId && next.organizationId !== member.organization?.id) changes.organizationId = next.organizationId;
  if (next.partyOrgId && next.partyOrgId !== member.partyOrg?.id) changes.partyOrgId = next.partyOrgId;
  if (next.memberType !== member.memberType) changes.memberType = next.memberType;
  if (next.status !== member.status) changes.status = next.status;
  if (next.joinedAt && next.joinedAt !== member.joinedAt) changes.joinedAt = next.joinedAt;
  if (next.fullAt && next.fullAt !== member.fullAt) changes.fullAt = next.fullAt;
  if (next.householdId && next.householdId !== member.home?.householdId) changes.householdId = next.householdId;
  if (!sameSet(next.talents, member.talents)) changes.talents = next.talents;
  if (next.intentions !== member.intentions) changes.intentions = next.intentions;
  if (next.freeTime !== member.freeTime) changes.freeTime = next.freeTime;
  return changes;
}
