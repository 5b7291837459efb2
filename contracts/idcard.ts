// GB 11643-1999 resident ID numbers: 6-digit area, 8-digit birth date, 3-digit sequence (odd = male), check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdCardFacts = { birthDate: string; gender: 'male' | 'female'; areaCode: string };
export type IdCardProblem = 'format' | 'checksum' | 'birthDate';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

/** The birth date and gender an ID number encodes, or what is wrong with it. */
export function parseIdNumber(raw: string, today = new Date()): { ok: true; facts: IdCardFacts } | { ok: false; problem: IdCardProblem } {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checksum' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real || y < 1900 || date > today) return { ok: false, problem: 'birthDate' };
  return {
    ok: true,
    facts: {
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      areaCode: id.slice(0, 6),
    },
  };
}

/** A valid ID for demo data and tests. */
export function makeIdNumber(areaCode: string, birthDate: string, sequence: number, gender: 'male' | 'female'): string {
  const seq = sequence % 100;
  const last = gender === 'male' ? (seq % 5) * 2 + 1 : (seq % 5) * 2;
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(seq).padStart(2, '0')}${last}`;
  return `${first17}${checkCharacter(first17)}`;
}
