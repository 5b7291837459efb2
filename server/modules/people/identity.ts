import { parseIdNumber } from '#contracts/idcard.js';
import type { Gender } from '#contracts/labels.js';
import { DomainError } from '../../platform/errors.js';

type Claimed = { idNumber: string; gender?: Gender | undefined; birthDate?: string | undefined };

/** Checks an ID number and that any gender or birth date given with it agrees with what it encodes. */
export function checkIdentity(input: Claimed, today: Date): { gender: Gender; birthDate: string } {
  const parsed = parseIdNumber(input.idNumber, today);
  if (!parsed.ok) throw new DomainError(400, `idNumber.${parsed.problem}`, {}, 'idNumber');
  const { facts } = parsed;
  if (input.gender && input.gender !== facts.gender) throw new DomainError(400, 'idNumber.genderMismatch', {}, 'gender');
  if (input.birthDate && input.birthDate !== facts.birthDate) {
    throw new DomainError(400, 'idNumber.birthMismatch', { birthDate: facts.birthDate }, 'birthDate');
  }
  return { gender: facts.gender, birthDate: facts.birthDate };
}
