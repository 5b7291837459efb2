import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);

/** At least 8 characters from at least 3 of: upper, lower, digit, symbol. */
export function isStrongPassword(password: string): boolean {
  if (password.length < 8) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3;
}

/** A temporary password an admin hands over; it always passes the policy. */
export function temporaryPassword(): string {
  const pick = (chars: string) => chars[randomInt(chars.length)] ?? '';
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const lower = 'abcdefghijkmnpqrstuvwxyz';
  const digits = '23456789';
  const body = Array.from({ length: 7 }, () => pick(upper + lower + digits)).join('');
  return `${pick(upper)}${pick(lower)}${pick(digits)}${body}@`;
}
