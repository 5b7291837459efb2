import { bigint, customType, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.js';
import { countyCode, createdAt, id } from './places.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite hands back a Uint8Array, node-postgres a Buffer.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

// Uploaded documents (共建协议 scans, later photos), kept in the database so app servers stay stateless.
export const files = pgTable('files', {
  id: id(),
  countyCode: countyCode(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: bigint('uploaded_by', { mode: 'number' })
    .notNull()
    .references(() => accounts.id),
  createdAt: createdAt(),
});
