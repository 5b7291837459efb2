/** The largest 台账 file the server accepts. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileProblem = 'type' | 'size' | 'empty';

/** What is wrong with a chosen file before it is sent, or null: only .xlsx up to 20 MB. */
export function checkImportFile(file: { name: string; size: number }): FileProblem | null {
  if (!/\.xlsx$/i.test(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  return null;
}

/** 1.5 MB, 320 KB: for the file the user chose. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
