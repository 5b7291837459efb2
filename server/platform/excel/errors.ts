import { type Params, render, type SheetErrorCode, sheetMessages } from './messages.js';
import type { Bilingual } from './spec.js';

/** A file-level failure (not an .xlsx, wrong headers, too many rows, no data): nothing was imported. */
export class ExcelError extends Error {
  readonly messages: Bilingual;

  constructor(
    readonly code: SheetErrorCode,
    readonly params: Params = {},
    cause?: unknown,
  ) {
    const messages = render(sheetMessages[code], params);
    super(messages.en, cause === undefined ? undefined : { cause });
    this.name = 'ExcelError';
    this.messages = messages;
  }
}
