import type { Vault } from '../../platform/crypto.js';

// A registration ticket: who was identified, at which community, until when; signed with the data key.

export type Ticket = { memberId: number; communityId: number; expiresAt: number };
export const TICKET_MINUTES = 30;

export function issueTicket(vault: Vault, t: Ticket): string {
  const payload = Buffer.from(JSON.stringify([t.memberId, t.communityId, t.expiresAt])).toString('base64url');
  return `${payload}.${vault.fingerprint(`ticket:${payload}`)}`;
}

/** The ticket's content, or null when forged, tampered with or expired. */
export function readTicket(vault: Vault, ticket: string, now: Date): Ticket | null {
  const [payload, signature] = ticket.split('.');
  if (!payload || !signature || vault.fingerprint(`ticket:${payload}`) !== signature) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((n) => Number.isInteger(n))) return null;
    const [memberId, communityId, expiresAt] = parsed.map(Number);
    if (memberId === undefined || communityId === undefined || expiresAt === undefined || expiresAt < now.getTime()) return null;
    return { memberId, communityId, expiresAt };
  } catch {
    return null;
  }
}
