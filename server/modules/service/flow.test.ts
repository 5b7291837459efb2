import { describe, expect, it } from 'vitest';
import { type Action, type Actor, advance, allowedActions, FlowError, type OrderState } from './flow.js';

const fresh: OrderState = { status: 'submitted', assignee: null, doerId: null, reopened: false, householdId: 9 };
const community: Actor = { kind: 'community' };
const wang: Actor = { kind: 'member', memberId: 1, teamIds: [30], organizationId: 50 };
const li: Actor = { kind: 'member', memberId: 2, teamIds: [], organizationId: null };
const household: Actor = { kind: 'household', householdId: 9 };
const neighbour: Actor = { kind: 'household', householdId: 10 };

const run = (s: OrderState, ...steps: [Actor, Action][]) => steps.reduce((state, [actor, action]) => advance(state, actor, action), s);
const fails = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof FlowError ? e.code : 'other';
  }
  return 'passed';
};

describe('the order flow 点单 → 派单 → 接单 → 评单', () => {
  it('runs the whole loop', () => {
    const done = run(
      fresh,
      [community, { kind: 'dispatch', to: { kind: 'member', id: 1 } }],
      [wang, { kind: 'accept' }],
      [wang, { kind: 'note' }],
      [wang, { kind: 'finish' }],
      [household, { kind: 'rate' }],
    );
    expect(done).toMatchObject({ status: 'rated', doerId: 1, assignee: { kind: 'member', id: 1 } });
  });

  it('lets only the one dispatched to (or their team or unit) accept or decline', () => {
    const toTeam = advance(fresh, community, { kind: 'dispatch', to: { kind: 'team', id: 30 } });
    expect(fails(() => advance(toTeam, li, { kind: 'accept' }))).toBe('order.notYours');
    expect(advance(toTeam, wang, { kind: 'accept' })).toMatchObject({ status: 'accepted', doerId: 1 });
    const toUnit = advance(fresh, community, { kind: 'dispatch', to: { kind: 'unit', id: 50 } });
    expect(advance(toUnit, wang, { kind: 'accept' }).doerId).toBe(1);
    const declined = advance(toTeam, wang, { kind: 'decline' });
    expect(declined).toMatchObject({ status: 'submitted', assignee: null });
    expect(fails(() => advance(toTeam, li, { kind: 'decline' }))).toBe('order.notYours');
  });

  it('gives an open order to the first who accepts; the next is told it is taken', () => {
    const open = advance(fresh, community, { kind: 'pool' });
    const won = advance(open, li, { kind: 'accept' });
    expect(won.doerId).toBe(2);
    expect(fails(() => advance(won, wang, { kind: 'accept' }))).toBe('order.alreadyTaken');
    expect(fails(() => advance(won, li, { kind: 'accept' }))).toBe('order.alreadyTaken');
  });

  it('lets a unit claim an open order for its members, once', () => {
    const unit: Actor = { kind: 'unit', organizationId: 50 };
    const open = advance(fresh, community, { kind: 'pool' });
    const claimed = advance(open, unit, { kind: 'claim' });
    expect(claimed).toMatchObject({ status: 'dispatched', assignee: { kind: 'unit', id: 50 } });
    expect(fails(() => advance(claimed, { kind: 'unit', organizationId: 51 }, { kind: 'claim' }))).toBe('order.alreadyTaken');
    expect(fails(() => advance(fresh, unit, { kind: 'claim' }))).toBe('order.wrongState');
    expect(advance(claimed, wang, { kind: 'accept' }).doerId).toBe(1);
    expect(fails(() => advance(open, wang, { kind: 'claim' }))).toBe('order.notYours');
  });

  it('lets only the doer add notes and finish, and only the asking household rate', () => {
    const accepted = run(fresh, [community, { kind: 'pool' }], [li, { kind: 'accept' }]);
    expect(fails(() => advance(accepted, wang, { kind: 'finish' }))).toBe('order.notYours');
    expect(fails(() => advance(accepted, household, { kind: 'rate' }))).toBe('order.wrongState');
    const finished = advance(accepted, li, { kind: 'finish' });
    expect(fails(() => advance(finished, neighbour, { kind: 'rate' }))).toBe('order.notYours');
    expect(fails(() => advance(finished, li, { kind: 'rate' }))).toBe('order.notYours');
    const rated = advance(finished, household, { kind: 'rate' });
    expect(fails(() => advance(rated, household, { kind: 'rate' }))).toBe('order.wrongState');
  });

  it('lets the household reopen once, back to the community', () => {
    const rated = run(fresh, [community, { kind: 'pool' }], [li, { kind: 'accept' }], [li, { kind: 'finish' }], [household, { kind: 'rate' }]);
    const again = advance(rated, household, { kind: 'reopen' });
    expect(again).toMatchObject({ status: 'submitted', doerId: null, reopened: true });
    const ratedAgain = run(again, [community, { kind: 'pool' }], [wang, { kind: 'accept' }], [wang, { kind: 'finish' }], [household, { kind: 'rate' }]);
    expect(fails(() => advance(ratedAgain, household, { kind: 'reopen' }))).toBe('order.reopenedOnce');
  });

  it('lets the household cancel while waiting, the community also while in progress, nobody once done', () => {
    expect(advance(fresh, household, { kind: 'cancel' }).status).toBe('cancelled');
    const accepted = run(fresh, [community, { kind: 'pool' }], [li, { kind: 'accept' }]);
    expect(fails(() => advance(accepted, household, { kind: 'cancel' }))).toBe('order.wrongState');
    expect(advance(accepted, community, { kind: 'cancel' }).status).toBe('cancelled');
    const finished = advance(accepted, li, { kind: 'finish' });
    expect(fails(() => advance(finished, community, { kind: 'cancel' }))).toBe('order.wrongState');
    expect(fails(() => advance(fresh, li, { kind: 'dispatch', to: { kind: 'member', id: 2 } }))).toBe('order.notYours');
  });

  it('tells each actor what they may do next', () => {
    const dispatched = advance(fresh, community, { kind: 'dispatch', to: { kind: 'member', id: 1 } });
    expect(allowedActions(dispatched, wang)).toEqual(['accept', 'decline']);
    expect(allowedActions(dispatched, li)).toEqual([]);
    expect(allowedActions(dispatched, community)).toEqual(['dispatch', 'pool', 'cancel']);
    expect(allowedActions(dispatched, household)).toEqual(['cancel']);
  });
});
