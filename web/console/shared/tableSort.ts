export type SortOrder = 'ascend' | 'descend' | null;

/** The table's sort order for a column, from a `sort` parameter such as `-birthDate`. */
export const orderOf = (sort: string | undefined, field: string): SortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

/** The `sort` parameter for a clicked column, or undefined when the column is not sortable or the sort was cleared. */
export function sortParam<F extends string>(fields: readonly F[], field: unknown, order: SortOrder | undefined): F | `-${F}` | undefined {
  const known = fields.find((f) => f === field);
  if (!known || !order) return undefined;
  return order === 'ascend' ? known : `-${known}`;
}
