import { useState } from 'react';
import { usePaging } from './usePaging.js';

/** The filters and paging of a server-paged list: any filter change goes back to page 1. */
export function useListQuery<F extends object>(initial: F) {
  const paging = usePaging();
  const [filters, setFilters] = useState<F>(initial);
  const update = (next: F) => {
    setFilters(next);
    paging.restart();
  };
  return {
    filters,
    paging,
    update,
    /** An onChange for one filter. */
    setter:
      <K extends keyof F>(key: K) =>
      (value: F[K]) => {
        setFilters((current) => ({ ...current, [key]: value }));
        paging.restart();
      },
    /** Some filter is set: the empty table says "no match" rather than "nothing yet". */
    filtered: Object.values(filters).some((v) => v !== undefined && v !== null && v !== '' && v !== false),
  };
}
