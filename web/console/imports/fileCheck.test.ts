import { describe, expect, it } from 'vitest';
import { checkImportFile, formatSize, MAX_IMPORT_BYTES } from './fileCheck.js';

describe('import file check', () => {
  it('accepts an .xlsx up to 20 MB', () => {
    expect(checkImportFile({ name: '党员台账.xlsx', size: 12_000 })).toBeNull();
    expect(checkImportFile({ name: 'MEMBERS.XLSX', size: MAX_IMPORT_BYTES })).toBeNull();
  });

  it('refuses other types, empty and oversized files', () => {
    expect(checkImportFile({ name: '党员台账.xls', size: 100 })).toBe('type');
    expect(checkImportFile({ name: 'members.csv', size: 100 })).toBe('type');
    expect(checkImportFile({ name: 'members.xlsx', size: 0 })).toBe('empty');
    expect(checkImportFile({ name: 'members.xlsx', size: MAX_IMPORT_BYTES + 1 })).toBe('size');
  });

  it('shows sizes in KB and MB', () => {
    expect(formatSize(300)).toBe('1 KB');
    expect(formatSize(320 * 1024)).toBe('320 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
