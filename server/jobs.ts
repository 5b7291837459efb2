import type { FastifyBaseLogger } from 'fastify';
import { remindOverdueVisits } from './modules/pairing/index.js';
import { escalateOverdue } from './modules/service/index.js';
import { earnAll } from './modules/points/index.js';
import type { AppDeps } from './platform/context.js';

// Periodic sweeps. Each is idempotent (a conditional UPDATE, or a per-account lock and check), so several
// app servers may run them at once without sending anything twice.

const EVERY_MS = 5 * 60_000;

export function startJobs(deps: AppDeps, log: FastifyBaseLogger): () => void {
  const run = async () => {
    try {
      const n = await escalateOverdue(deps);
      if (n) log.info({ n }, 'overdue requests escalated');
      const v = await remindOverdueVisits(deps);
      if (v) log.info({ n: v }, 'members reminded of overdue visits');
      const p = await earnAll(deps);
      if (p) log.info({ n: p }, 'point entries earned');
    } catch (err) {
      log.error({ err }, 'overdue sweep failed');
    }
  };
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
