import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';
import { nextMeetingDays } from './schedule.js';

let t: TestApp;
let community: Agent;
let resident: Agent;
let member: Agent;
let memberId: number;
let fuchunyuan: number;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  community = await t.login('community');
  resident = await t.login('resident');
  member = await t.login('member');
  memberId = (await member.get('/api/auth/session')).json().account.memberId;
  fuchunyuan = await t.placeId('140322100101');
});
afterAll(() => t.close());

describe('议事日', () => {
  it('lists the next meeting days, the 1st and 15th by default, across a year end', () => {
    expect(nextMeetingDays([1, 15], '2026-11-23')).toEqual(['2026-12-01', '2026-12-15', '2027-01-01', '2027-01-15']);
    expect(nextMeetingDays([15, 1], '2026-11-15', 2)).toEqual(['2026-11-15', '2026-12-01']);
  });
});

describe('议事协商: from a resident’s phone to a finished task', () => {
  let topicId: number;
  let meetingId: number;

  it('takes a resident’s topic for their own community only, and tells the community', async () => {
    const made = await resident.post('/api/topics', { placeId: fuchunyuan, title: '3号楼下水道经常堵塞', description: '一楼住户反映多次' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ status: 'proposed', proposer: { name: '李*英' } });
    topicId = made.json().id;
    expect((await community.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'topic.proposed' });
    const elsewhere = await resident.post('/api/topics', { placeId: await t.placeId('140322100102'), title: '别的社区', description: '' });
    expect(elsewhere.json().error).toMatchObject({ code: 'topic.place', field: 'placeId' });
    expect((await resident.get('/api/topics?mine=true')).json().items.map((x: { id: number }) => x.id)).toEqual([topicId]);
    expect((await (await t.login('community2')).get('/api/topics')).json().items.some((x: { id: number }) => x.id === topicId)).toBe(false);
  });

  it('puts the topic on a meeting’s agenda once', async () => {
    expect((await community.post('/api/meetings', { placeId: fuchunyuan, heldOn: today(), title: '十一月议事会' })).json().error.code).toBe('meeting.noTopics');
    const planned = await community.post('/api/meetings', { placeId: fuchunyuan, heldOn: today(), title: '十一月议事会', topicIds: [topicId] });
    expect(planned.statusCode).toBe(201);
    meetingId = planned.json().id;
    expect(planned.json().items).toEqual([expect.objectContaining({ topicId, text: '3号楼下水道经常堵塞', decision: null })]);
    const again = await community.post('/api/meetings', { placeId: fuchunyuan, heldOn: today(), title: '再议', topicIds: [topicId] });
    expect(again.json().error.code).toBe('topic.notOpen');
    expect((await resident.get('/api/topics?mine=true')).json().items[0]).toMatchObject({ status: 'selected', meeting: { id: meetingId } });
  });

  it('records the meeting once, turning the decision into a task for its owner', async () => {
    const [item] = (await community.get(`/api/meetings/${meetingId}`)).json().items;
    const record = {
      attendees: [
        { kind: 'staff', name: '社区书记' },
        { kind: 'member', id: memberId, name: '王建国' },
        { kind: 'resident', name: '居民代表张大爷' },
      ],
      discussion: '物业与居民代表协商疏通方案',
      items: [
        {
          itemId: item.id,
          decision: '由物业本周内疏通，党员王建国跟进',
          votesFor: 12,
          votesAgainst: 1,
          votesAbstain: 2,
          tasks: [{ title: '疏通3号楼下水道', owner: { kind: 'member', id: memberId, name: '王建国' }, deadline: inDays(7) }],
        },
      ],
    };
    expect((await community.post(`/api/meetings/${meetingId}/record`, { ...record, items: [] })).statusCode).toBe(400);
    const done = await community.post(`/api/meetings/${meetingId}/record`, record);
    expect(done.json()).toMatchObject({
      status: 'held',
      items: [{ decision: '由物业本周内疏通，党员王建国跟进', votes: { for: 12, against: 1, abstain: 2 } }],
    });
    expect((await community.post(`/api/meetings/${meetingId}/record`, record)).json().error.code).toBe('meeting.recorded');
    expect((await resident.get('/api/topics?mine=true')).json().items[0]).toMatchObject({ status: 'decided', tasks: { total: 1, done: 0 } });
    expect((await member.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'task.assigned' });
    const board = (await resident.get(`/api/deliberation/board/${fuchunyuan}`)).json();
    expect(board.items[0]).toMatchObject({ topic: { id: topicId }, tasks: [{ title: '疏通3号楼下水道', owner: '王建国', progress: 0 }] });
  });

  it('finishes with the owner’s progress, and the topic with it', async () => {
    const [task] = (await member.get('/api/tasks')).json().items;
    expect(task).toMatchObject({ title: '疏通3号楼下水道', overdue: false, source: { kind: 'deliberation', topicId } });
    expect((await member.post(`/api/tasks/${task.id}/progress`, { text: '已联系物业', progress: 50 })).json().progress).toBe(50);
    expect((await (await t.login('community2')).post(`/api/tasks/${task.id}/progress`, { text: '越权', progress: 100 })).statusCode).toBe(404);
    const finished = await member.post(`/api/tasks/${task.id}/progress`, { text: '已疏通，居民确认', progress: 100 });
    expect(finished.json()).toMatchObject({ status: 'done', updates: [{ progress: 50 }, { progress: 100, text: '已疏通，居民确认' }] });
    expect((await member.post(`/api/tasks/${task.id}/progress`, { text: '再更新', progress: 100 })).json().error.code).toBe('task.done');
    expect((await resident.get('/api/topics?mine=true')).json().items[0].status).toBe('done');
    expect((await resident.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'topic.update' });
  });

  it('declines a topic with a reason the proposer reads, and refuses a record before the day', async () => {
    const topic = (await resident.post('/api/topics', { placeId: fuchunyuan, title: '希望小区建游泳池', description: '' })).json();
    const declined = await community.post(`/api/topics/${topic.id}/decline`, { reason: '场地与资金条件不具备' });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: '场地与资金条件不具备' });
    expect((await community.post(`/api/topics/${topic.id}/decline`, { reason: '再次' })).json().error.code).toBe('topic.notOpen');
    const next = (await resident.post('/api/topics', { placeId: fuchunyuan, title: '楼道灯不亮', description: '' })).json();
    const later = (await community.post('/api/meetings', { placeId: fuchunyuan, heldOn: inDays(10), title: '下次议事会', topicIds: [next.id] })).json();
    const record = { attendees: [{ kind: 'staff', name: '书记' }], items: [{ itemId: later.items[0].id, decision: '更换灯泡' }] };
    expect((await community.post(`/api/meetings/${later.id}/record`, record)).json().error).toMatchObject({ code: 'meeting.notYet' });
  });
});

describe('联席会议', () => {
  it('drafts its agenda from the open problems and invites the registered units', async () => {
    const joint = await community.post('/api/meetings', { placeId: fuchunyuan, kind: 'joint', heldOn: today(), title: '十一月联席会议' });
    expect(joint.statusCode).toBe(201);
    expect(joint.json().items.length).toBeGreaterThan(0);
    expect(joint.json().items.every((i: { origin: string | null }) => i.origin !== null)).toBe(true);
    const compound = await t.placeId('140322100101-01');
    expect((await community.post('/api/meetings', { placeId: compound, kind: 'joint', heldOn: today(), title: 'x' })).json().error.code).toBe('meeting.place');
    expect((await community.get('/api/meetings?kind=joint')).json().total).toBe(1);
  });
});
