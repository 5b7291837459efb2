import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Conn } from '../db/client.js';
import { files } from '../db/schema/index.js';
import type { Caller } from './caller.js';
import { DomainError, Invalid, NotFound } from './errors.js';

// Uploaded documents: one file per multipart request, its type known from its first bytes, not its name.

export const FILE_LIMIT_MB = 5;
const SIGNATURES: { mime: string; magic: number[] }[] = [
  { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The document type of the content, or null for anything else (scripts, HTML, archives…). */
export function sniffDocument(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.magic.every((byte, i) => content[i] === byte))?.mime ?? null;
}

/** The one file of a multipart upload, refused when missing, too large or not a PDF/JPG/PNG. */
export async function readUpload(req: FastifyRequest): Promise<{ name: string; content: Buffer; mime: string }> {
  if (!req.isMultipart()) throw new DomainError(415, 'file.missing', {}, 'file');
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file({ limits: { fileSize: FILE_LIMIT_MB * 1024 * 1024, files: 1 } });
  } catch {
    throw Invalid('file.missing', 'file');
  }
  if (!part) throw Invalid('file.missing', 'file');
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch {
    throw new DomainError(413, 'file.tooLarge', { mb: FILE_LIMIT_MB }, 'file');
  }
  const mime = sniffDocument(content);
  if (!mime) throw new DomainError(415, 'file.type', {}, 'file');
  const name = part.filename.replace(/[\\/\r\n"]/g, '_').slice(0, 120) || 'file';
  return { name, content, mime };
}

export async function storeFile(conn: Conn, caller: Caller, upload: { name: string; content: Buffer; mime: string }): Promise<number> {
  const [row] = await conn
    .insert(files)
    .values({
      countyCode: caller.countyCode,
      name: upload.name,
      mime: upload.mime,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      uploadedBy: caller.accountId,
    })
    .returning({ id: files.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export async function fileInfos(conn: Conn, ids: number[]) {
  if (!ids.length) return new Map<number, { name: string; size: number; uploadedAt: string }>();
  const rows = await conn.select({ id: files.id, name: files.name, size: files.size, createdAt: files.createdAt }).from(files).where(inArray(files.id, ids));
  return new Map(rows.map((r) => [r.id, { name: r.name, size: r.size, uploadedAt: r.createdAt.toISOString() }]));
}

/** Sends a stored file; the caller has already checked the right to see what it belongs to. */
export async function sendStoredFile(conn: Conn, reply: FastifyReply, id: number) {
  const [file] = await conn.select().from(files).where(eq(files.id, id)).limit(1);
  if (!file) throw NotFound('file');
  return reply
    .type(file.mime)
    .header('content-disposition', `inline; filename="file"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
