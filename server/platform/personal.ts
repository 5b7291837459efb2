import type { Vault } from './crypto.js';
import { maskIdNumber, maskPhone } from './mask.js';

// Personal data columns: the sealed value, a fingerprint for exact search, and the masked form lists show.

export function sealPhone(vault: Vault, phone: string | null | undefined) {
  if (!phone) return { phoneCipher: null, phoneHash: null, phoneMask: null };
  return { phoneCipher: vault.seal(phone), phoneHash: vault.fingerprint(phone), phoneMask: maskPhone(phone) };
}

export function sealIdNumber(vault: Vault, id: string) {
  return { idCipher: vault.seal(id), idHash: vault.fingerprint(id), idMask: maskIdNumber(id) };
}
