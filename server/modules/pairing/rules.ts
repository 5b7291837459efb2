import { eq } from 'drizzle-orm';
import { pairingRules } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { capOf } from './households.js';

export async function rulesOf(deps: AppDeps, caller: Caller) {
  return { maxHouseholdsPerMember: await capOf(deps.db, caller.countyCode) };
}

/** The org department sets how many households a member looks after at most; existing pairings stay. */
export async function setRules(deps: AppDeps, caller: Caller, input: { maxHouseholdsPerMember: number }) {
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(pairingRules)
      .values({ countyCode: caller.countyCode, maxHouseholdsPerMember: input.maxHouseholdsPerMember })
      .onConflictDoUpdate({ target: pairingRules.countyCode, set: { maxHouseholdsPerMember: input.maxHouseholdsPerMember } });
    await audit(tx, caller, { action: 'update', entity: 'pairing', summary: `每名党员联系户上限设为 ${input.maxHouseholdsPerMember}` });
  });
  const [row] = await deps.db.select().from(pairingRules).where(eq(pairingRules.countyCode, caller.countyCode));
  return { maxHouseholdsPerMember: row?.maxHouseholdsPerMember ?? input.maxHouseholdsPerMember };
}
