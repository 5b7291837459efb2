import type { ImportKind, Role } from '#contracts/labels.js';

const PLACE_ADMINS: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin'];

/** Ledgers follow the people rules: who may read a list may export it; who may write it may import. */
export function ledgerPolicy(role: Role, kind: ImportKind, write: boolean): boolean {
  if (PLACE_ADMINS.includes(role)) return true;
  if (role === 'unitSecretary') return kind === 'members' || (kind === 'organizations' && !write);
  if (role === 'gridWorker') return !write || kind === 'households' || kind === 'residents';
  return false;
}
