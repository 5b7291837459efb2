import type { FastifyRequest } from 'fastify';
import type { PlaceKind, Role } from '#contracts/labels.js';
import { DomainError } from './errors.js';

/** Who is asking, with the place that bounds what they may see. */
export type Caller = {
  accountId: number;
  username: string;
  displayName: string;
  role: Role;
  countyCode: string;
  placeId: number;
  placeName: string;
  placeKind: PlaceKind;
  /** Materialised path of the scope root: a row is visible when its place path starts with it. */
  placePath: string;
  /** A unit party secretary's work unit. */
  organizationId: number | null;
  /** A party member's own account: their member record. */
  memberId: number | null;
  /** A resident's own account: their resident record (and so their household). */
  residentId: number | null;
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
  ip: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/** The caller of a route that needs a login; an account that must change its password may do only that. */
export function requireCaller(req: FastifyRequest, opts: { allowPasswordChange?: boolean } = {}): Caller {
  const caller = req.caller;
  if (!caller) throw new DomainError(401, 'unauthenticated');
  if (caller.mustChangePassword && !opts.allowPasswordChange) throw new DomainError(403, 'mustChangePassword');
  return caller;
}

export function authorize(allowed: boolean): void {
  if (!allowed) throw new DomainError(403, 'forbidden');
}

/** The caller of a route whose role must pass a policy rule: the one permission check routes use. */
export const requireRole =
  (rule: (role: Role) => boolean) =>
  (req: FastifyRequest): Caller => {
    const caller = requireCaller(req);
    authorize(rule(caller.role));
    return caller;
  };
