// 议事协商 and 联席会议. Other modules import only from here.
export { deliberationRoutes } from './routes.js';
export { listTasks } from './tasks.js';
export { listTopics } from './topics.js';
export { planMeeting, recordMeeting } from './meetings.js';
export { proposeTopic } from './topics.js';
export { updateTask } from './tasks.js';
