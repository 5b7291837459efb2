import type { FastifyBaseLogger } from 'fastify';
import { escalateOverdue } from './modules/service/index.js';
import type { AppDeps } from './platform/context.js';

// Periodic sweeps. Each is idempotent and claims its rows with a conditional UPDATE, so several app
// servers may run them at once without sending anything twice.

const EVERY_MS = 5 * 60_000;

export function startJobs(deps: AppDeps, log: FastifyBaseLogger): () => void {
  const run = async () => {
    try {
      const n = await escalateOverdue(deps);
      if (n) log.info({ n }, 'overdue requests escalated');
    } catch (err) {
      log.error({ err }, 'overdue sweep failed');
    }
  };
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
