import { and, eq, sql } from 'drizzle-orm';
import { ZodError } from 'zod';
import type { ImportJobDto, ImportProblemDto } from '#contracts/imports.js';
import type { ImportKind } from '#contracts/labels.js';
import { importJobs } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, NotFound, render } from '../../platform/errors.js';
import { ExcelError, type ReadRow, readSheet } from '../../platform/excel/index.js';
import { mapValidationIssue } from '../../platform/http.js';
import { notify } from '../../platform/notify.js';
import { importRow, type RowCache } from './rows.js';
import { headerOf, SHEETS } from './specs.js';

export const MAX_ROWS = 20_000;
/** Problems kept on a job; the count of rejected rows is always exact. */
const MAX_PROBLEMS = 2_000;
const CHUNK = 200;

type JobRow = typeof importJobs.$inferSelect;

export function presentJob(row: JobRow): ImportJobDto {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    total: row.total,
    processed: row.processed,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    problems: row.problems,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** A record a row points at that the caller cannot see: blame the column that pointed at it. */
const NOT_FOUND_FIELDS: Record<string, string> = { place: 'placeId', household: 'householdId', organization: 'organizationId' };

/** What went wrong with one row, in the office's own column words. */
export function problemOf(kind: ImportKind, row: number, err: unknown): ImportProblemDto | null {
  if (err instanceof DomainError) {
    const field = err.field ?? NOT_FOUND_FIELDS[String(err.params.entity)] ?? '';
    return { row, column: headerOf(kind, field), messages: render(err.code, err.params) };
  }
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    if (!issue) return null;
    const mapped = mapValidationIssue({ keyword: issue.code, instancePath: `/${issue.path.join('/')}`, params: { ...issue } });
    const column = headerOf(kind, String(issue.path[0] ?? ''));
    return { row, column, messages: render(mapped.code, { ...mapped.params, field: column, fieldZh: column }) };
  }
  return null;
}

/**
 * Reads the sheet now (so a wrong file is answered at once), then saves the rows in the
 * background, a chunk per transaction and a savepoint per row: a bad row is reported and skipped,
 * the good ones are kept. The page polls the job for progress.
 */
export async function startImport(deps: AppDeps, caller: Caller, kind: ImportKind, fileName: string, file: Buffer): Promise<ImportJobDto> {
  let read: Awaited<ReturnType<typeof readSheet>>;
  try {
    read = await readSheet(file, SHEETS[kind], { maxRows: MAX_ROWS });
  } catch (err) {
    if (err instanceof ExcelError) throw new DomainError(400, 'import.sheet', { zh: err.messages['zh-CN'], en: err.messages.en }, 'file');
    throw err;
  }
  const duplicates = duplicateRows(kind, read.rows);
  const dupRows = new Set(duplicates.map((d) => d.row));
  const rows = read.rows.filter((r) => !dupRows.has(r.row));
  const initial: ImportProblemDto[] = [...read.problems.map((p) => ({ row: p.row, column: p.column, messages: p.messages })), ...duplicates].sort(
    (a, b) => a.row - b.row,
  );
  const badRows = new Set(initial.map((p) => p.row));
  const [job] = await deps.db
    .insert(importJobs)
    .values({
      countyCode: caller.countyCode,
      kind,
      fileName,
      total: rows.length + badRows.size,
      processed: badRows.size,
      rejected: badRows.size,
      problems: initial.slice(0, MAX_PROBLEMS),
      createdBy: caller.accountId,
    })
    .returning();
  if (!job) throw new Error('insert returned nothing');
  // Start after the 202 is on its way.
  const done = new Promise((resolve) => setImmediate(resolve))
    .then(() => runImport(deps, caller, job, rows))
    .catch(async (err: unknown) => {
      await deps.db.update(importJobs).set({ status: 'failed', finishedAt: deps.clock() }).where(eq(importJobs.id, job.id));
      throw err;
    });
  running.set(job.id, done);
  void done.finally(() => running.delete(job.id)).catch(() => {});
  return presentJob(job);
}

/** The natural key of a row: the same person or door twice in one file is a mistake, not an update. */
const ROW_KEYS: Record<ImportKind, string[]> = {
  organizations: ['name'],
  members: ['idNumber'],
  households: ['placeCode', 'doorNo'],
  residents: ['idNumber'],
};

function duplicateRows(kind: ImportKind, rows: ReadRow[]): ImportProblemDto[] {
  const seen = new Map<string, number>();
  const out: ImportProblemDto[] = [];
  const keyColumns = ROW_KEYS[kind];
  for (const r of rows) {
    const parts = keyColumns.map((k) => r.values[k]);
    if (parts.some((p) => p === null || p === undefined || p === '')) continue;
    const key = JSON.stringify(parts);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r.row);
    else {
      const column = headerOf(kind, keyColumns[0] ?? '');
      out.push({ row: r.row, column, messages: { 'zh-CN': `与第 ${first} 行的“${column}”重复`, en: `${column} repeats row ${first}` } });
    }
  }
  return out;
}

/** Imports in progress in this process; tests and shutdown wait on them. */
const running = new Map<number, Promise<void>>();
export const importsSettled = () => Promise.allSettled([...running.values()]);

async function runImport(deps: AppDeps, caller: Caller, job: JobRow, rows: ReadRow[]) {
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: job.rejected };
  const problems = [...job.problems];
  const cache: RowCache = new Map();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await deps.db.transaction(async (tx) => {
      for (const row of chunk) {
        try {
          counts[await tx.transaction((sp) => importRow(sp, deps, caller, job.kind, row.values, cache))]++;
        } catch (err) {
          const problem = problemOf(job.kind, row.row, err);
          if (!problem) throw err;
          counts.rejected++;
          if (problems.length < MAX_PROBLEMS) problems.push(problem);
        }
      }
      await tx
        .update(importJobs)
        .set({ ...counts, processed: sql`${importJobs.processed} + ${chunk.length}`, problems })
        .where(eq(importJobs.id, job.id));
    });
    // PGlite works on this thread: let waiting requests (the progress poll among them) through between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  problems.sort((a, b) => a.row - b.row);
  await deps.db.transaction(async (tx) => {
    await tx.update(importJobs).set({ status: 'done', problems, finishedAt: deps.clock() }).where(eq(importJobs.id, job.id));
    // Tell the importer, who may have closed the dialog long ago.
    const kindLabel = SHEETS[job.kind].title;
    await notify(tx, [caller], {
      kind: 'import.done',
      title: { 'zh-CN': `${kindLabel['zh-CN']}台账导入完成`, en: `${kindLabel.en} ledger imported` },
      body: {
        'zh-CN': `“${job.fileName}”：新增 ${counts.created}，更新 ${counts.updated}，未变 ${counts.unchanged}，未通过 ${counts.rejected}`,
        en: `${job.fileName}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`,
      },
    });
    await audit(tx, caller, {
      action: 'import',
      entity: job.kind,
      entityId: job.id,
      summary: `导入${SHEETS[job.kind].title['zh-CN']}台账“${job.fileName}”：新增 ${counts.created}，更新 ${counts.updated}，未变 ${counts.unchanged}，错误 ${counts.rejected}`,
    });
  });
}

export async function getJob(deps: AppDeps, caller: Caller, id: number): Promise<ImportJobDto> {
  const [row] = await deps.db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.createdBy, caller.accountId)))
    .limit(1);
  if (!row) throw NotFound('importJob');
  return presentJob(row);
}
