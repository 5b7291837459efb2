import { describe, expect, it } from 'vitest';
import { fileNameOf, toQueryString } from './client.js';

describe('download file names', () => {
  it('prefers the UTF-8 name', () => {
    const header = `attachment; filename="members.xlsx"; filename*=UTF-8''${encodeURIComponent('在职党员台账.xlsx')}`;
    expect(fileNameOf(header, 'x.xlsx')).toBe('在职党员台账.xlsx');
  });

  it('reads a plain name, quoted or not', () => {
    expect(fileNameOf('attachment; filename="households.xlsx"', 'x.xlsx')).toBe('households.xlsx');
    expect(fileNameOf('attachment; filename=residents.xlsx', 'x.xlsx')).toBe('residents.xlsx');
  });

  it('falls back when there is no header', () => {
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf('attachment', 'x.xlsx')).toBe('x.xlsx');
  });
});

describe('query strings', () => {
  it('leaves out empty filters', () => {
    expect(toQueryString({ q: '', placeId: 3, kind: undefined, keyOnly: 'true' })).toBe('?placeId=3&keyOnly=true');
  });
});
