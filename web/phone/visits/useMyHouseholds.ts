import { useMemo } from 'react';
import { useDue } from '../../api/pairing.js';
import { sortDue } from './dueOrder.js';

/** The member's paired households, overdue first, each with what it owes (/visits/due lists every one of them). */
export function useMyHouseholds() {
  const due = useDue();
  const rows = useMemo(() => sortDue(due.data ?? []), [due.data]);
  return {
    rows,
    isPending: due.isPending,
    isError: due.isError,
    refetch: () => due.refetch().then(() => undefined),
  };
}
