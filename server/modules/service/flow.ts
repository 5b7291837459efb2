import type { OrderStatus } from '#contracts/labels.js';

// 居民点单 → 社区派单 → 党员接单 → 群众评单: the order's state machine, pure, so every rule is testable.

/** Who an order is dispatched to: one member, a volunteer team, or a unit. */
export type Assignee = { kind: 'member' | 'team' | 'unit'; id: number };

export type OrderState = {
  status: OrderStatus;
  assignee: Assignee | null;
  /** The member who accepted and does the work. */
  doerId: number | null;
  /** A resident may reopen an order once. */
  reopened: boolean;
  householdId: number;
};

export type Actor =
  /** An admin whose places hold the order's community. */
  | { kind: 'community' }
  | { kind: 'member'; memberId: number; teamIds: number[]; organizationId: number | null }
  /** Someone of the household that asked (the resident, or a grid worker on their behalf). */
  | { kind: 'household'; householdId: number }
  /** A unit's party secretary, for the unit. */
  | { kind: 'unit'; organizationId: number };

export type Action =
  | { kind: 'dispatch'; to: Assignee }
  | { kind: 'pool' }
  /** 按需认领: a unit takes an open order for its members to do. */
  | { kind: 'claim' }
  | { kind: 'accept' }
  | { kind: 'decline' }
  | { kind: 'note' }
  | { kind: 'finish' }
  | { kind: 'rate' }
  | { kind: 'reopen' }
  | { kind: 'cancel' };

export type FlowErrorCode = 'order.wrongState' | 'order.alreadyTaken' | 'order.notYours' | 'order.reopenedOnce';

export class FlowError extends Error {
  constructor(readonly code: FlowErrorCode) {
    super(code);
  }
}

const WAITING: OrderStatus[] = ['submitted', 'dispatched', 'open'];
const TAKEN: OrderStatus[] = ['accepted', 'finished', 'rated'];

const isFor = (a: Assignee | null, actor: Extract<Actor, { kind: 'member' }>) =>
  a !== null &&
  ((a.kind === 'member' && a.id === actor.memberId) ||
    (a.kind === 'team' && actor.teamIds.includes(a.id)) ||
    (a.kind === 'unit' && a.id === actor.organizationId));

function need(ok: boolean, code: FlowErrorCode) {
  if (!ok) throw new FlowError(code);
}

/** The state after `actor` does `action`, or a FlowError saying why not. */
export function advance(s: OrderState, actor: Actor, action: Action): OrderState {
  switch (action.kind) {
    case 'dispatch':
      need(actor.kind === 'community', 'order.notYours');
      need(WAITING.includes(s.status), 'order.wrongState');
      return { ...s, status: 'dispatched', assignee: action.to };
    case 'pool':
      need(actor.kind === 'community', 'order.notYours');
      need(WAITING.includes(s.status), 'order.wrongState');
      return { ...s, status: 'open', assignee: null };
    case 'claim':
      need(actor.kind === 'unit', 'order.notYours');
      need(!TAKEN.includes(s.status) && s.status !== 'dispatched', 'order.alreadyTaken');
      need(s.status === 'open', 'order.wrongState');
      return actor.kind === 'unit' ? { ...s, status: 'dispatched', assignee: { kind: 'unit', id: actor.organizationId } } : s;
    case 'accept': {
      need(actor.kind === 'member', 'order.notYours');
      if (actor.kind !== 'member') return s;
      // The first to accept wins; everyone after is told it is taken.
      need(!TAKEN.includes(s.status), 'order.alreadyTaken');
      need(s.status === 'open' || s.status === 'dispatched', 'order.wrongState');
      if (s.status === 'dispatched') need(isFor(s.assignee, actor), 'order.notYours');
      return { ...s, status: 'accepted', doerId: actor.memberId };
    }
    case 'decline':
      need(actor.kind === 'member' && s.status === 'dispatched' && isFor(s.assignee, actor), s.status === 'dispatched' ? 'order.notYours' : 'order.wrongState');
      return { ...s, status: 'submitted', assignee: null };
    case 'note':
    case 'finish':
      need(s.status === 'accepted', 'order.wrongState');
      need(actor.kind === 'member' && actor.memberId === s.doerId, 'order.notYours');
      return action.kind === 'finish' ? { ...s, status: 'finished' } : s;
    case 'rate':
      need(actor.kind === 'household' && actor.householdId === s.householdId, 'order.notYours');
      need(s.status === 'finished', 'order.wrongState');
      return { ...s, status: 'rated' };
    case 'reopen':
      need(actor.kind === 'household' && actor.householdId === s.householdId, 'order.notYours');
      need(s.status === 'finished' || s.status === 'rated', 'order.wrongState');
      need(!s.reopened, 'order.reopenedOnce');
      return { ...s, status: 'submitted', assignee: null, doerId: null, reopened: true };
    case 'cancel':
      if (actor.kind === 'household') {
        need(actor.householdId === s.householdId, 'order.notYours');
        need(WAITING.includes(s.status), 'order.wrongState');
      } else {
        need(actor.kind === 'community', 'order.notYours');
        need(WAITING.includes(s.status) || s.status === 'accepted', 'order.wrongState');
      }
      return { ...s, status: 'cancelled' };
  }
}

/** What an actor may do next: the buttons a screen shows. */
export function allowedActions(s: OrderState, actor: Actor): Action['kind'][] {
  const kinds: Action['kind'][] = ['dispatch', 'pool', 'claim', 'accept', 'decline', 'note', 'finish', 'rate', 'reopen', 'cancel'];
  return kinds.filter((kind) => {
    try {
      advance(s, actor, kind === 'dispatch' ? { kind, to: { kind: 'member', id: 0 } } : ({ kind } as Action));
      return true;
    } catch {
      return false;
    }
  });
}
