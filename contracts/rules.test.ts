import { describe, expect, it } from 'vitest';
import { canManage, canPlaceUnder, childKindsOf, manageableRoles, needsStatisticalCode } from './rules.js';

describe('place kind order', () => {
  it('puts streets only under a county and communities only under a street', () => {
    expect(childKindsOf('county')).toEqual(['street']);
    expect(childKindsOf('street')).toEqual(['community']);
  });

  it('lets any deeper kind sit under a community, never a shallower one', () => {
    expect(childKindsOf('community')).toEqual(['compound', 'grid', 'building', 'unit']);
    expect(childKindsOf('compound')).toEqual(['grid', 'building', 'unit']);
    expect(childKindsOf('unit')).toEqual([]);
    expect(canPlaceUnder('compound', 'grid')).toBe(false);
    expect(canPlaceUnder('grid', 'street')).toBe(false);
  });

  it('asks statistical codes of counties, streets and communities only', () => {
    expect(['county', 'street', 'community', 'compound'].map((k) => needsStatisticalCode(k as 'county'))).toEqual([true, true, true, false]);
  });
});

describe('manageable roles', () => {
  it('lets the org department manage every role', () => {
    expect(manageableRoles('orgAdmin')).toHaveLength(8);
  });

  it('lets other admins manage only roles below their own', () => {
    expect(manageableRoles('communityAdmin')).toEqual(['gridWorker', 'unitSecretary', 'member', 'resident', 'merchant']);
    expect(canManage('streetAdmin', 'streetAdmin')).toBe(false);
    expect(manageableRoles('gridWorker')).toEqual([]);
  });
});
