import { describe, expect, it } from 'vitest';
import { containing, escapeLike } from './scope.js';
import { createVault } from './crypto.js';
import { maskIdNumber, maskPhone } from './mask.js';
import { isStrongPassword, temporaryPassword } from './password.js';

describe('password policy', () => {
  it('needs 8 characters from 3 classes', () => {
    expect(isStrongPassword('Sishuang@2026')).toBe(true);
    expect(isStrongPassword('abcdefg1')).toBe(false);
    expect(isStrongPassword('Abcdef1')).toBe(false);
    expect(isStrongPassword('ABCdef12')).toBe(true);
    expect(isStrongPassword('abc-def-12')).toBe(true);
  });

  it('issues temporary passwords that pass the policy', () => {
    for (let i = 0; i < 50; i++) expect(isStrongPassword(temporaryPassword())).toBe(true);
  });
});

describe('masking', () => {
  it('masks phone and ID numbers as offices print them', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('140322199001011234')).toBe('1403**********1234');
  });
});

describe('vault', () => {
  const vault = createVault(Buffer.alloc(32, 1));
  it('seals and opens, with a fresh nonce each time', () => {
    const a = vault.seal('13812345678');
    expect(a).not.toContain('13812345678');
    expect(vault.seal('13812345678')).not.toBe(a);
    expect(vault.open(a)).toBe('13812345678');
  });
  it('fingerprints deterministically per key', () => {
    expect(vault.fingerprint('x')).toBe(vault.fingerprint('x'));
    expect(createVault(Buffer.alloc(32, 2)).fingerprint('x')).not.toBe(vault.fingerprint('x'));
  });
  it('refuses a tampered value', () => {
    const sealed = vault.seal('13812345678');
    const tampered = `${sealed.slice(0, -4)}AAAA`;
    expect(() => vault.open(tampered)).toThrow();
  });
});

describe('search text in LIKE', () => {
  it('makes % and _ and backslashes match themselves', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(containing('张_')).toBe('%张\\_%');
  });
});
