import { Tag } from 'antd';
import { MEDIATION_CATEGORY_LABELS } from '#contracts/mediation.js';
import type { MediationCategory, MediationStatus } from '../../api/mediation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { STATUS_COLORS, STATUS_TEXT } from './mediationText.js';

export function CaseStatusTag({ status, testId }: { status: MediationStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {t(STATUS_TEXT[status])}
    </Tag>
  );
}

export function CaseCategoryTag({ category }: { category: MediationCategory }) {
  const { label } = useI18n();
  return <Tag>{label(MEDIATION_CATEGORY_LABELS[category])}</Tag>;
}
