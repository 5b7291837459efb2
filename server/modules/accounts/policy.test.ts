import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '#contracts/labels.js';
import { accountPolicy } from './policy.js';

// role × target role → may manage
const expected: Record<Role, Role[]> = {
  orgAdmin: [...ROLES],
  streetAdmin: ['communityAdmin', 'gridWorker', 'unitSecretary', 'member', 'resident', 'merchant'],
  communityAdmin: ['gridWorker', 'unitSecretary', 'member', 'resident', 'merchant'],
  gridWorker: [],
  unitSecretary: [],
  member: [],
  resident: [],
  merchant: [],
};

describe('account policy', () => {
  for (const role of ROLES) {
    it(`lets a ${role} manage exactly ${expected[role].join(', ') || 'nobody'}`, () => {
      expect(ROLES.filter((target) => accountPolicy.manage(role, target))).toEqual(expected[role]);
    });
  }

  it('binds admins to their own level of place', () => {
    expect(accountPolicy.placeFits('communityAdmin', 'community')).toBe(true);
    expect(accountPolicy.placeFits('communityAdmin', 'street')).toBe(false);
    expect(accountPolicy.placeFits('streetAdmin', 'street')).toBe(true);
    expect(accountPolicy.placeFits('resident', 'unit')).toBe(true);
  });
});
