/** True when every given value equals the row's (arrays and dates compared by content). */
export function sameValues<T extends object>(row: T, values: Partial<T>): boolean {
  const current = new Map<string, unknown>(Object.entries(row));
  return Object.entries(values).every(([key, value]) => JSON.stringify(current.get(key) ?? null) === JSON.stringify(value ?? null));
}
