// npm run bench:pairing — pairing suggestions for a county-size case (10,000 key households, 5,000 members
// in 80 communities), run the way the API runs them: community by community. Prints figures, asserts nothing.
import { CARE_CATEGORIES } from '#contracts/labels.js';
import { seededRandom } from '../server/demo/random.js';
import { suggestPairings } from '../server/modules/pairing/suggest.js';

const rng = seededRandom(42);
const COMMUNITIES = 80;
const HOUSEHOLDS = 10_000;
const MEMBERS = 5_000;
const talents = ['law', 'medical', 'education', 'culture', 'psychology', 'repair', 'technology', 'emergency'] as const;
const pathIn = (c: number) => `/1/2/${100 + c}/${rng.int(1, 4)}/${rng.int(1, 6)}/${rng.int(1, 8)}/${rng.int(1, 3)}/`;

let covered = 0;
let uncovered = 0;
let maxLoad = 0;
const started = performance.now();
for (let c = 0; c < COMMUNITIES; c++) {
  const households = Array.from({ length: HOUSEHOLDS / COMMUNITIES }, (_, i) => ({
    id: c * 1_000_000 + i,
    path: pathIn(c),
    care: [rng.pick(CARE_CATEGORIES)],
  }));
  const members = Array.from({ length: MEMBERS / COMMUNITIES }, (_, i) => ({
    id: c * 1_000_000 + i,
    path: pathIn(c),
    talents: rng.next() < 0.6 ? [rng.pick(talents)] : [],
    load: 0,
  }));
  const r = suggestPairings(households, members, { cap: 3, communityDepth: 2 });
  covered += r.pairs.length;
  uncovered += r.uncovered.length;
  const load = new Map<number, number>();
  for (const p of r.pairs) load.set(p.memberId, (load.get(p.memberId) ?? 0) + 1);
  maxLoad = Math.max(maxLoad, ...load.values());
}
const ms = performance.now() - started;
console.log(`pairing suggestions: ${HOUSEHOLDS} key households, ${MEMBERS} members, ${COMMUNITIES} communities, cap 3`);
console.log(`  covered ${covered}, uncovered ${uncovered}, busiest member ${maxLoad} households`);
console.log(`  ${ms.toFixed(0)} ms in all (${(ms / COMMUNITIES).toFixed(1)} ms per community) on ${process.arch}, Node ${process.version}`);
