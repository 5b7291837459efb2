import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Result, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { downloadFeedback, useFeedbackCards } from '../../api/evaluation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { currentYear, YearSelect } from './EvaluationBits.js';
import { pickYear } from './evaluationFormat.js';
import { FeedbackCard } from './FeedbackCard.js';
import '../registrations/ledger-print.css';
import './evaluation-print.css';

/** 反馈卡: a unit's members' cards for the year, one A4 page each; the secretary's own unit, an admin's chosen one. */
export function FeedbackPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const year = pickYear(params.get('year'), currentYear());
  const secretary = account.role === 'unitSecretary';
  const orgParam = Number(params.get('org'));
  const organizationId = secretary ? undefined : Number.isInteger(orgParam) && orgParam > 0 ? orgParam : undefined;
  const ready = secretary || organizationId !== undefined;
  const cards = useFeedbackCards(year, organizationId, ready);

  const update = (next: { year?: number; org?: number | undefined }) => {
    const merged = new URLSearchParams(params);
    if (next.year !== undefined) merged.set('year', String(next.year));
    if ('org' in next) {
      if (next.org === undefined) merged.delete('org');
      else merged.set('org', String(next.org));
    }
    setParams(merged, { replace: true });
  };
  const list = cards.data ?? [];
  const unlocked = list.length > 0 && list.some((c) => !c.lockedAt);

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('evaluation.feedback.title')}
          </Typography.Title>
          <YearSelect value={year} onChange={(y) => update({ year: y })} testId="feedback-year" />
          {!secretary && (
            <OrganizationSelect
              testId="feedback-org"
              style={{ width: 260 }}
              placeholder={t('evaluation.feedback.org')}
              value={organizationId}
              onChange={(id) => update({ org: id })}
            />
          )}
        </Flex>
        <Flex gap={8} wrap>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!list.length} onClick={() => window.print()} data-testid="feedback-print">
            {t('evaluation.feedback.print')}
          </Button>
          {ready && list.length > 0 && <DownloadButton download={() => downloadFeedback(year, organizationId)} testId="feedback-export" />}
        </Flex>
      </Flex>
      <Typography.Text className="no-print" type="secondary">
        {t('evaluation.feedback.intro')}
      </Typography.Text>
      {!ready ? (
        <Empty className="no-print" description={t('evaluation.feedback.pickOrg')} data-testid="feedback-pick-org" />
      ) : cards.isPending ? (
        <Spin />
      ) : cards.isError ? (
        <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void cards.refetch()}>{t('common.retry')}</Button>} />
      ) : list.length === 0 ? (
        <Empty description={t('evaluation.feedback.empty', { year })} data-testid="feedback-empty" />
      ) : (
        <>
          <Flex className="no-print" gap={8} vertical>
            {unlocked && <Alert type="warning" showIcon title={t('evaluation.feedback.unlocked', { year })} data-testid="feedback-unlocked" />}
            <Typography.Text data-testid="feedback-count">{t('evaluation.feedback.count', { count: list.length })}</Typography.Text>
          </Flex>
          <div className="eval-papers" data-testid="feedback-cards">
            {list.map((card) => (
              <FeedbackCard key={card.member.id} card={card} />
            ))}
          </div>
        </>
      )}
    </Flex>
  );
}
