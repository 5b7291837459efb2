import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  attendeesOf,
  beijingToday,
  daysText,
  meetingPlaces,
  meetingStage,
  ownerComplete,
  recordOf,
  suggestedDay,
  topicsFor,
} from './deliberationLogic.js';

const community = { id: 10, name: '富春园社区' };
const compound = { id: 11, name: '富春园小区' };
const other = { id: 12, name: '二号院' };

describe('dates', () => {
  it('reads today in Beijing, whatever the browser zone', () => {
    expect(beijingToday(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(beijingToday(new Date('2026-03-31T15:59:00Z'))).toBe('2026-03-31');
  });

  it('adds days across months', () => {
    expect(addDays('2026-01-28', 7)).toBe('2026-02-04');
  });

  it('suggests the next meeting day still ahead, else today', () => {
    expect(suggestedDay(['2026-05-15', '2026-06-01'], '2026-05-10')).toBe('2026-05-15');
    expect(suggestedDay(['2026-06-01', '2026-05-15'], '2026-05-15')).toBe('2026-05-15');
    expect(suggestedDay(['2026-05-01'], '2026-05-10')).toBe('2026-05-10');
    expect(suggestedDay([], '2026-05-10')).toBe('2026-05-10');
  });

  it('tells a meeting to come, one waiting for its record, and a recorded one', () => {
    expect(meetingStage({ status: 'planned', heldOn: '2026-05-15' }, '2026-05-14')).toBe('planned');
    expect(meetingStage({ status: 'planned', heldOn: '2026-05-15' }, '2026-05-15')).toBe('due');
    expect(meetingStage({ status: 'planned', heldOn: '2026-05-15' }, '2026-06-01')).toBe('due');
    expect(meetingStage({ status: 'held', heldOn: '2026-05-15' }, '2026-05-01')).toBe('held');
  });

  it('joins meeting days in order', () => {
    expect(daysText([15, 1], '、')).toBe('1、15');
  });
});

describe('where a meeting may be held', () => {
  const topics = [
    { id: 1, place: compound },
    { id: 2, place: community },
    { id: 3, place: compound },
    { id: 4, place: other },
  ];

  it('offers the community first, then each compound that raised a topic once', () => {
    expect(meetingPlaces(community, topics)).toEqual([community, compound, other]);
    expect(meetingPlaces(community, [])).toEqual([community]);
  });

  it('takes up all topics at the community, only a compound’s own at a compound', () => {
    expect(topicsFor(community.id, community.id, topics).map((t) => t.id)).toEqual([1, 2, 3, 4]);
    expect(topicsFor(compound.id, community.id, topics).map((t) => t.id)).toEqual([1, 3]);
  });
});

describe('the meeting record', () => {
  it('lists members, units and typed names once each, dropping blank names', () => {
    expect(
      attendeesOf({
        members: [
          { id: 5, name: '王建国' },
          { id: 5, name: '王建国' },
        ],
        units: [{ id: 7, name: '县供电公司' }],
        others: [{ kind: 'resident', name: ' 张秀兰 ' }, { kind: 'staff', name: '  ' }, { name: '刘书记' }, { kind: 'resident', name: '张秀兰' }],
      }),
    ).toEqual([
      { kind: 'member', id: 5, name: '王建国' },
      { kind: 'unit', id: 7, name: '县供电公司' },
      { kind: 'resident', name: '张秀兰' },
      { kind: 'other', name: '刘书记' },
    ]);
  });

  it('turns the form into the API record: trimmed text, votes defaulting to 0, owners and deadlines', () => {
    const record = recordOf({
      others: [{ kind: 'resident', name: '张秀兰' }],
      discussion: '  大家同意  ',
      items: [
        {
          itemId: 31,
          decision: ' 增设充电桩 ',
          votesFor: 9,
          votesAgainst: 1,
          votesAbstain: null,
          tasks: [
            { title: ' 联系供电 ', owner: { kind: 'member', id: 5, name: '王建国' }, deadline: dayjs('2026-05-22') },
            { title: '公示', owner: { kind: 'staff', id: 99, name: ' 李干事 ' }, deadline: '2026-05-20' },
          ],
        },
        { itemId: 32, decision: '暂缓' },
      ],
    });
    expect(record).toEqual({
      attendees: [{ kind: 'resident', name: '张秀兰' }],
      discussion: '大家同意',
      items: [
        {
          itemId: 31,
          decision: '增设充电桩',
          votesFor: 9,
          votesAgainst: 1,
          votesAbstain: 0,
          tasks: [
            { title: '联系供电', owner: { kind: 'member', id: 5, name: '王建国' }, deadline: '2026-05-22' },
            { title: '公示', owner: { kind: 'staff', name: '李干事' }, deadline: '2026-05-20' },
          ],
        },
        { itemId: 32, decision: '暂缓', votesFor: 0, votesAgainst: 0, votesAbstain: 0, tasks: [] },
      ],
    });
  });

  it('needs an owner named, and a member or unit picked', () => {
    expect(ownerComplete({ kind: 'member', id: 5, name: '王建国' })).toBe(true);
    expect(ownerComplete({ kind: 'member', name: '王建国' })).toBe(false);
    expect(ownerComplete({ kind: 'unit', id: 7, name: '' })).toBe(false);
    expect(ownerComplete({ kind: 'staff', name: '李干事' })).toBe(true);
    expect(ownerComplete({ kind: 'staff', name: ' ' })).toBe(false);
    expect(ownerComplete(undefined)).toBe(false);
  });
});
