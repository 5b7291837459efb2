// 双包联. Other modules import only from here.
export { pairingRoutes } from './routes.js';
export { suggestPairings } from './suggest.js';
export { remindOverdueVisits } from './reminders.js';
export { beijingDay, dueVisits } from './cadence.js';
export { keyHouseholds } from './ledger.js';
export { dueList } from './visits.js';
