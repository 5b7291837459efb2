import { describe, expect, it } from 'vitest';
import { MEDIATION_STATUSES } from '#contracts/mediation.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { isOutcome, mayMediate, nextSteps, OUTCOME_TEXT, partyNames, STATUS_TEXT } from './mediationText.js';

const detail = { parties: [], description: '', sessions: [], outcome: null, outcomeDetail: null, followUp: null };

describe('nextSteps', () => {
  it('offers sessions and the outcome while the case is being mediated', () => {
    expect(nextSteps({ status: 'intake', detail })).toEqual({ session: true, outcome: true, followUp: false });
    expect(nextSteps({ status: 'mediating', detail })).toEqual({ session: true, outcome: true, followUp: false });
  });

  it('offers the follow-up once there is an outcome', () => {
    for (const status of ['agreed', 'referred', 'failed'] as const) expect(nextSteps({ status, detail }).followUp).toBe(true);
  });

  it('offers nothing on a closed case, or to those who may not see the details', () => {
    expect(nextSteps({ status: 'closed', detail })).toEqual({ session: false, outcome: false, followUp: false });
    expect(nextSteps({ status: 'mediating', detail: null })).toEqual({ session: false, outcome: false, followUp: false });
  });
});

describe('labels', () => {
  it('name every status, and the outcome as the status it leads to', () => {
    for (const status of MEDIATION_STATUSES) expect(zhCN[STATUS_TEXT[status]]).toBeTruthy();
    expect(zhCN[STATUS_TEXT.closed]).toBe('已结案');
    expect(zhCN[OUTCOME_TEXT.agreed.name]).toBe(zhCN[STATUS_TEXT.agreed]);
    expect(zhCN[OUTCOME_TEXT.agreed.detail]).toBe('协议内容');
  });

  it('tell outcomes from other statuses', () => {
    expect(MEDIATION_STATUSES.filter(isOutcome)).toEqual(['agreed', 'referred', 'failed']);
  });
});

describe('mayMediate', () => {
  it('is staff and members of the community, not the levels above', () => {
    expect(mayMediate('communityAdmin')).toBe(true);
    expect(mayMediate('gridWorker')).toBe(true);
    expect(mayMediate('member')).toBe(true);
    expect(mayMediate('streetAdmin')).toBe(false);
    expect(mayMediate('resident')).toBe(false);
  });
});

describe('partyNames', () => {
  it('joins the first names and marks the rest', () => {
    expect(partyNames([{ name: '张三' }, { name: '李四' }], '、')).toBe('张三、李四');
    expect(partyNames([{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }], ', ')).toBe('A, B, C…');
  });
});
