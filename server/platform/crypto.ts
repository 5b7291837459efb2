import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Personal data at rest: AES-256-GCM for the value, HMAC-SHA256 to find it without decrypting. */
export type Vault = {
  seal: (plain: string) => string;
  open: (sealed: string) => string;
  fingerprint: (plain: string) => string;
};

export function createVault(key: Buffer): Vault {
  if (key.length !== 32) throw new Error('DATA_KEY must be 32 bytes (64 hex characters or 44 base64 characters)');
  const macKey = createHmac('sha256', key).update('sishuang:fingerprint').digest();
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(sealed) {
      const raw = Buffer.from(sealed.replace(/^v1\./, ''), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    fingerprint: (plain) => createHmac('sha256', macKey).update(plain).digest('base64url'),
  };
}

export function parseKey(text: string): Buffer {
  const t = text.trim();
  return /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
}

/** The configured key, or in demo mode one generated once into the data folder. */
export function resolveDataKey(configured: string | undefined, dataDir: string, demo: boolean): Buffer {
  if (configured) return parseKey(configured);
  const file = join(dataDir, 'data.key');
  if (existsSync(file)) return parseKey(readFileSync(file, 'utf8'));
  if (!demo) throw new Error('DATA_KEY is required outside demo mode (32 bytes, hex or base64)');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
