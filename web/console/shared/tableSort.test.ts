import { describe, expect, it } from 'vitest';
import { orderOf, sortParam } from './tableSort.js';

describe('table sort', () => {
  const fields = ['name', 'birthDate'] as const;

  it('turns a clicked column into the sort parameter', () => {
    expect(sortParam(fields, 'birthDate', 'descend')).toBe('-birthDate');
    expect(sortParam(fields, 'name', 'ascend')).toBe('name');
  });

  it('gives nothing for an unknown column or a cleared sort', () => {
    expect(sortParam(fields, 'phone', 'ascend')).toBeUndefined();
    expect(sortParam(fields, 'name', null)).toBeUndefined();
  });

  it('reads the column order back from the parameter', () => {
    expect(orderOf('-birthDate', 'birthDate')).toBe('descend');
    expect(orderOf('name', 'name')).toBe('ascend');
    expect(orderOf('name', 'birthDate')).toBeNull();
  });
});
