import { z } from 'zod';
import { IMPORT_KINDS } from './labels.js';

// 台账导入: an .xlsx upload becomes a job; the page polls it for progress and the row-by-row report.
export const ImportKind = z.enum(IMPORT_KINDS);

export const ImportProblemDto = z.object({
  /** Row number as Excel shows it (1 = the header). */
  row: z.number().int(),
  /** Column header, e.g. 身份证号. */
  column: z.string(),
  messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type ImportProblemDto = z.infer<typeof ImportProblemDto>;

export const ImportJobDto = z.object({
  id: z.number().int(),
  kind: ImportKind,
  fileName: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  processed: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  problems: z.array(ImportProblemDto),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobDto = z.infer<typeof ImportJobDto>;
