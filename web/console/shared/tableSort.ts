import { useState } from 'react';

export type SortOrder = 'ascend' | 'descend' | null;

/** The table's sort order for a column, from a `sort` parameter such as `-birthDate`. */
export const orderOf = (sort: string | undefined, field: string): SortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

/** The `sort` parameter for a clicked column, or undefined when the column is not sortable or the sort was cleared. */
export function sortParam<F extends string>(fields: readonly F[], field: unknown, order: SortOrder | undefined): F | `-${F}` | undefined {
  const known = fields.find((f) => f === field);
  if (!known || !order) return undefined;
  return order === 'ascend' ? known : `-${known}`;
}

/** What the table's onChange says about the clicked column. */
type Sorted = { columnKey?: unknown; order?: SortOrder };

/** A server-sorted table's `sort` parameter; `fallback` when the sort is cleared. */
export function useTableSort<F extends string>(fields: readonly F[], fallback: F | `-${F}`) {
  const [sort, setSort] = useState<F | `-${F}`>(fallback);
  return {
    sort,
    order: (field: F) => orderOf(sort, field),
    /** From the table's onChange. */
    follow: (sorter: Sorted | Sorted[]) => {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      setSort(sortParam(fields, one?.columnKey, one?.order) ?? fallback);
    },
  };
}

export type TableSort = ReturnType<typeof useTableSort>;
