import { useMemo } from 'react';
import { useDue, usePairings } from '../../api/pairing.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { sortDue, withPairings } from './dueOrder.js';

/** The member's paired households, overdue first, each with what it owes. */
export function useMyHouseholds() {
  const memberId = useCurrentSession().account.memberId ?? undefined;
  const due = useDue();
  const pairings = usePairings({ memberId, active: 'true', page: 1, pageSize: 200 }, memberId !== undefined);
  const rows = useMemo(() => sortDue(withPairings(due.data ?? [], pairings.data?.items ?? [])), [due.data, pairings.data]);
  return {
    rows,
    isPending: due.isPending || (memberId !== undefined && pairings.isPending),
    isError: due.isError || pairings.isError,
    refetch: () => Promise.all([due.refetch(), pairings.refetch()]).then(() => undefined),
  };
}
