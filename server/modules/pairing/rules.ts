import { eq } from 'drizzle-orm';
import type { CareCategory } from '#contracts/labels.js';
import { CARE_CATEGORY_LABELS } from '#contracts/labels.js';
import type { Conn } from '../../db/client.js';
import { pairingRules } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';

export const DEFAULT_CAP = 3;

export type PairingRules = { maxHouseholdsPerMember: number; priorityCare: CareCategory[] };

/** The county's rules, or the defaults before the org department sets any. */
export async function countyRules(conn: Conn, countyCode: string): Promise<PairingRules> {
  const [row] = await conn.select().from(pairingRules).where(eq(pairingRules.countyCode, countyCode));
  return { maxHouseholdsPerMember: row?.maxHouseholdsPerMember ?? DEFAULT_CAP, priorityCare: row?.priorityCare ?? [] };
}

export async function capOf(conn: Conn, countyCode: string): Promise<number> {
  return (await countyRules(conn, countyCode)).maxHouseholdsPerMember;
}

export const rulesOf = (deps: AppDeps, caller: Caller) => countyRules(deps.db, caller.countyCode);

/** The org department sets the cap and the care categories paired first; existing pairings stay. */
export async function setRules(deps: AppDeps, caller: Caller, input: PairingRules): Promise<PairingRules> {
  const priorityCare = [...new Set(input.priorityCare)];
  await deps.db.transaction(async (tx) => {
    const values = { maxHouseholdsPerMember: input.maxHouseholdsPerMember, priorityCare };
    await tx
      .insert(pairingRules)
      .values({ countyCode: caller.countyCode, ...values })
      .onConflictDoUpdate({ target: pairingRules.countyCode, set: values });
    const first = priorityCare.map((c) => CARE_CATEGORY_LABELS[c]['zh-CN']).join('、') || '无';
    await audit(tx, caller, { action: 'update', entity: 'pairing', summary: `每名党员联系户上限设为 ${input.maxHouseholdsPerMember}；优先包联：${first}` });
  });
  return countyRules(deps.db, caller.countyCode);
}
