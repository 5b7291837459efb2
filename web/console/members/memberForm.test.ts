import { describe, expect, it } from 'vitest';
import type { MemberDto } from '#contracts/people.js';
import { memberChanges, toMemberInput } from './memberForm.js';

const member: MemberDto = {
  id: 7,
  name: '王建国',
  gender: 'male',
  ethnicity: '汉族',
  birthDate: '1980-05-01',
  education: 'bachelor',
  phone: '138****5678',
  idNumber: '1401**********1234',
  organization: { id: 3, name: '县教育局' },
  partyOrg: { id: 4, name: '县教育局机关党支部' },
  memberType: 'full',
  status: 'active',
  joinedAt: '2005-07-01',
  fullAt: '2006-07-01',
  home: { householdId: 11, address: '富春园社区 锦绣小区 3号楼 2单元 301', community: { id: 2, name: '富春园社区' } },
  talents: ['law', 'education'],
  intentions: '法律咨询',
  freeTime: '周末',
};

const unchanged = {
  name: '王建国',
  ethnicity: '汉族',
  education: 'bachelor' as const,
  organizationId: 3,
  partyOrgId: 4,
  memberType: 'full' as const,
  status: 'active' as const,
  joinedAt: '2005-07-01',
  fullAt: '2006-07-01',
  householdId: 11,
  talents: ['education' as const, 'law' as const],
  intentions: '法律咨询',
  freeTime: '周末',
};

describe('member form', () => {
  it('sends nothing when nothing changed, blank phone and ID keeping the ones on record', () => {
    expect(memberChanges({ ...unchanged, phone: '', idNumber: '  ' }, member)).toEqual({});
  });

  it('sends only what changed', () => {
    expect(memberChanges({ ...unchanged, name: ' 王建军 ', talents: ['law'], phone: '13912345678' }, member)).toEqual({
      name: '王建军',
      talents: ['law'],
      phone: '13912345678',
    });
  });

  it('sends the gender and birth date a new ID number encodes along with it', () => {
    expect(memberChanges({ ...unchanged, idNumber: '11010519491231002x' }, member)).toEqual({
      idNumber: '11010519491231002X',
      gender: 'female',
      birthDate: '1949-12-31',
    });
  });

  it('fills defaults for a new member and drops a party organisation without its unit', () => {
    const input = toMemberInput({
      name: '李华',
      idNumber: '11010519491231002x',
      memberType: 'probationary',
      status: 'active',
      partyOrgId: 9,
      fullAt: '2020-01-01',
    });
    expect(input).toMatchObject({ idNumber: '11010519491231002X', ethnicity: '汉族', talents: [], intentions: '', freeTime: '' });
    expect(input.partyOrgId).toBeUndefined();
    expect(input.fullAt).toBeUndefined();
  });
});
