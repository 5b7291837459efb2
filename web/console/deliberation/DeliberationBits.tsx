import { Progress, Tag } from 'antd';
import { TOPIC_STATUS_LABELS, type MeetingKind, type TopicStatus } from '#contracts/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { type MeetingStage, type OwnerKind, TOPIC_STATUS_COLORS } from './deliberationLogic.js';

export function TopicStatusTag({ status, testId }: { status: TopicStatus; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={TOPIC_STATUS_COLORS[status]} data-testid={testId}>
      {label(TOPIC_STATUS_LABELS[status])}
    </Tag>
  );
}

export const KIND_KEYS: Record<MeetingKind, MessageKey> = { deliberation: 'delib.kind.deliberation', joint: 'delib.kind.joint' };

export function MeetingKindTag({ kind }: { kind: MeetingKind }) {
  const { t } = useI18n();
  return <Tag color={kind === 'joint' ? 'volcano' : 'geekblue'}>{t(KIND_KEYS[kind])}</Tag>;
}

const STAGES: Record<MeetingStage, { key: MessageKey; color: string }> = {
  planned: { key: 'delib.stage.planned', color: 'blue' },
  due: { key: 'delib.stage.due', color: 'orange' },
  held: { key: 'delib.stage.held', color: 'green' },
};

export function MeetingStageTag({ stage, testId }: { stage: MeetingStage; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STAGES[stage].color} data-testid={testId}>
      {t(STAGES[stage].key)}
    </Tag>
  );
}

export const OWNER_KEYS: Record<OwnerKind, MessageKey> = { member: 'delib.owner.member', unit: 'delib.owner.unit', staff: 'delib.owner.staff' };

export const ATTENDEE_KEYS: Record<string, MessageKey> = {
  member: 'delib.attendee.member',
  unit: 'delib.attendee.unit',
  resident: 'delib.attendee.resident',
  adviser: 'delib.attendee.adviser',
  staff: 'delib.attendee.staff',
  other: 'delib.attendee.other',
};

/** An owner's kind as words; an unknown kind from an older record shows as it is. */
export function ownerKindText(kind: string, t: (key: MessageKey) => string): string {
  return kind in OWNER_KEYS ? t(OWNER_KEYS[kind as OwnerKind]) : kind;
}

export function TaskProgress({ progress, overdue, done, testId }: { progress: number; overdue: boolean; done: boolean; testId?: string }) {
  return (
    <Progress data-testid={testId} percent={progress} size="small" status={done ? 'success' : overdue ? 'exception' : 'normal'} format={(p) => `${p ?? 0}%`} />
  );
}
