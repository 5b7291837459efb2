import type { Vault } from '../../platform/crypto.js';

// A registration ticket: who was identified (a rostered member, or an applicant's sealed statement),
// at which community, until when; signed with the data key.

export type Ticket = { memberId: number | null; communityId: number; expiresAt: number; applicant: string | null };
export const TICKET_MINUTES = 30;

export function issueTicket(vault: Vault, t: Ticket): string {
  const payload = Buffer.from(JSON.stringify([t.memberId ?? 0, t.communityId, t.expiresAt, t.applicant ?? ''])).toString('base64url');
  return `${payload}.${vault.fingerprint(`ticket:${payload}`)}`;
}

/** The ticket's content, or null when forged, tampered with or expired. */
export function readTicket(vault: Vault, ticket: string, now: Date): Ticket | null {
  const [payload, signature] = ticket.split('.');
  if (!payload || !signature || vault.fingerprint(`ticket:${payload}`) !== signature) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [memberId, communityId, expiresAt, applicant] = parsed;
    if (![memberId, communityId, expiresAt].every(Number.isInteger) || typeof applicant !== 'string') return null;
    if (expiresAt < now.getTime() || (memberId === 0) === (applicant === '')) return null;
    return { memberId: memberId || null, communityId, expiresAt, applicant: applicant || null };
  } catch {
    return null;
  }
}
