import type { Role } from '#contracts/labels.js';
import type { MediationCase, MediationStatus, Outcome } from '../../api/mediation.js';
import type { MessageKey } from '../../i18n/translate.js';

// Pure helpers of 矛盾纠纷调解, shared by the console and the phone.

export const STATUS_TEXT: Record<MediationStatus, MessageKey> = {
  intake: 'mediation.status.intake',
  mediating: 'mediation.status.mediating',
  agreed: 'mediation.status.agreed',
  referred: 'mediation.status.referred',
  failed: 'mediation.status.failed',
  closed: 'mediation.status.closed',
};

export const STATUS_COLORS: Record<MediationStatus, string> = {
  intake: 'gold',
  mediating: 'processing',
  agreed: 'success',
  referred: 'purple',
  failed: 'error',
  closed: 'default',
};

export const OUTCOMES: readonly Outcome[] = ['agreed', 'referred', 'failed'];

/** The outcome's name, and what its detail is called (the terms, to whom, why not). */
export const OUTCOME_TEXT: Record<Outcome, { name: MessageKey; detail: MessageKey }> = {
  agreed: { name: 'mediation.outcome.agreed', detail: 'mediation.outcome.agreed.detail' },
  referred: { name: 'mediation.outcome.referred', detail: 'mediation.outcome.referred.detail' },
  failed: { name: 'mediation.outcome.failed', detail: 'mediation.outcome.failed.detail' },
};

export const isOutcome = (status: MediationStatus): status is Outcome => status === 'agreed' || status === 'referred' || status === 'failed';

/**
 * What may be done next on a case, by someone who sees its details: sessions and the outcome while it is
 * being mediated (the outcome may still be corrected before the follow-up), the follow-up once there is an
 * outcome; nothing once closed.
 */
export function nextSteps(c: Pick<MediationCase, 'status' | 'detail'>) {
  const open = c.detail !== null && c.status !== 'closed';
  return { session: open, outcome: open, followUp: open && isOutcome(c.status) };
}

/** Who may mediate: staff and members of the community (the server checks the community). */
export const MEDIATOR_ROLES: readonly Role[] = ['communityAdmin', 'gridWorker', 'member'];
export const mayMediate = (role: Role) => MEDIATOR_ROLES.includes(role);

/** The parties' names in one line: 张三、李四 (at most `max`, then …). */
export function partyNames(parties: readonly { name: string }[], separator: string, max = 3): string {
  const names = parties.slice(0, max).map((p) => p.name);
  return parties.length > max ? `${names.join(separator)}…` : names.join(separator);
}
