import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVault } from '../platform/crypto.js';

export const TEST_VAULT = createVault(Buffer.alloc(32, 7));
export const TEMPLATE_FILE = join(fileURLToPath(new URL('../..', import.meta.url)), '.tmp', 'test-template.tar');
export const TEMPLATE_DB = 'sishuang_test_template';
