import { describe, expect, it } from 'vitest';
import { isStrongPassword } from './passwordRule.js';

describe('isStrongPassword', () => {
  it('accepts 8 characters from 3 classes', () => {
    expect(isStrongPassword('Sishuang2026')).toBe(true);
    expect(isStrongPassword('abc123!@')).toBe(true);
    expect(isStrongPassword('Sishuang@2026')).toBe(true);
  });

  it('refuses short passwords and those from fewer than 3 classes', () => {
    expect(isStrongPassword('Ab1!')).toBe(false);
    expect(isStrongPassword('abcdefgh1')).toBe(false);
    expect(isStrongPassword('ABCDEFGH!')).toBe(false);
  });
});
