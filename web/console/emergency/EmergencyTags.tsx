import { Tag } from 'antd';
import type { Answer } from '../../api/emergency.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ANSWER_COLORS, ANSWER_TEXT } from './emergencyFigures.js';

/** 应急中 (red) or 已切回常态. */
export function EmergencyStateTag({ live, testId }: { live: boolean; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={live ? 'red' : 'default'} data-testid={testId}>
      {live ? t('emergency.state.live') : t('emergency.state.ended')}
    </Tag>
  );
}

/** A member's answer, or 未回复. */
export function AnswerTag({ answer, testId }: { answer: Answer | null; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={answer ? ANSWER_COLORS[answer] : undefined} data-testid={testId}>
      {answer ? t(ANSWER_TEXT[answer]) : t('emergency.answer.silent')}
    </Tag>
  );
}
