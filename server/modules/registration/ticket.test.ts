import { describe, expect, it } from 'vitest';
import { createVault } from '../../platform/crypto.js';
import { issueTicket, readTicket } from './ticket.js';

const vault = createVault(Buffer.alloc(32, 9));
const now = new Date('2026-11-23T08:00:00Z');
const later = now.getTime() + 60_000;

describe('registration tickets', () => {
  it('reads back what was issued until it expires', () => {
    const ticket = issueTicket(vault, { memberId: 7, communityId: 15, expiresAt: later, applicant: null });
    expect(readTicket(vault, ticket, now)).toEqual({ memberId: 7, communityId: 15, expiresAt: later, applicant: null });
    expect(readTicket(vault, ticket, new Date(now.getTime() + 61_000))).toBeNull();
  });

  it('carries an applicant’s sealed statement instead of a member', () => {
    const applicant = vault.seal('{"name":"张三"}');
    const ticket = issueTicket(vault, { memberId: null, communityId: 15, expiresAt: later, applicant });
    expect(readTicket(vault, ticket, now)).toEqual({ memberId: null, communityId: 15, expiresAt: later, applicant });
  });

  it('refuses a tampered or foreign ticket', () => {
    const ticket = issueTicket(vault, { memberId: 7, communityId: 15, expiresAt: later, applicant: null });
    const [, signature] = ticket.split('.');
    const forged = `${Buffer.from(JSON.stringify([8, 15, later, ''])).toString('base64url')}.${signature}`;
    expect(readTicket(vault, forged, now)).toBeNull();
    expect(readTicket(createVault(Buffer.alloc(32, 1)), ticket, now)).toBeNull();
    expect(readTicket(vault, 'garbage', now)).toBeNull();
  });
});
