import { useMutation, useQueryClient } from '@tanstack/react-query';

/** Query keys of the people ledgers; the roots are the import kinds, so an import can refresh its list. */
export const peopleKeys = {
  organizations: ['organizations'] as const,
  members: ['members'] as const,
  households: ['households'] as const,
  residents: ['residents'] as const,
};

/** The lists that show each other's counts: a unit its members, a household its residents. */
const RELATED: Record<keyof typeof peopleKeys, (keyof typeof peopleKeys)[]> = {
  organizations: ['organizations', 'members'],
  members: ['members', 'organizations', 'households'],
  households: ['households', 'residents', 'members'],
  residents: ['residents', 'households'],
};

/** A write that refreshes its own ledger and those showing its counts. */
export function usePeopleMutation<I, O>(ledger: keyof typeof peopleKeys, mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(RELATED[ledger].map((key) => client.invalidateQueries({ queryKey: peopleKeys[key] }))),
  });
}

export type RevealField = 'phone' | 'idNumber';
