import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname);
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

const moduleOf = (file: string) => /modules\/([^/]+)\//.exec(relative(root, file))?.[1];

describe('module boundaries', () => {
  it('reach another module only through its index.ts', () => {
    const offences: string[] = [];
    for (const file of files(root)) {
      const own = moduleOf(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        if (!spec) continue;
        const target = resolve(join(file, '..'), spec);
        const other = moduleOf(target);
        if (other && other !== own && !target.endsWith(`modules/${other}/index.js`)) offences.push(`${relative(root, file)} → ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('keeps contracts free of server and database code', () => {
    const contracts = resolve(root, '../contracts');
    for (const file of files(contracts)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '(node:|drizzle|pg|@electric-sql|\.\.\/server)/);
    }
  });
});
