import { Card, Col, Row, Statistic } from 'antd';
import type { OrderSummaryDto } from '#contracts/orders.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';

/** Share (0–1) as a percentage with one decimal. */
export const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

type Figure = { key: string; title: MessageKey; value: number | null; suffix?: string; warn?: boolean };

/** The headline figures of the period: how many, how satisfied, how fast, how many late or in doubt. */
export function SummaryFigures({ summary: s }: { summary: OrderSummaryDto }) {
  const t = useT();
  const hours = t('summary.hours');
  const figures: Figure[] = [
    { key: 'total', title: 'summary.total', value: s.total },
    { key: 'satisfaction', title: 'summary.satisfaction', value: percentOf(s.satisfaction), suffix: '%' },
    { key: 'ratings', title: 'summary.ratings', value: s.ratings },
    { key: 'accept', title: 'summary.toAccept', value: s.avgHoursToAccept, suffix: hours },
    { key: 'finish', title: 'summary.toFinish', value: s.avgHoursToFinish, suffix: hours },
    { key: 'overdue', title: 'summary.overdue', value: s.overdue, warn: s.overdue > 0 },
    { key: 'flagged', title: 'summary.flagged', value: s.flaggedRatings, warn: s.flaggedRatings > 0 },
  ];
  return (
    <Row gutter={[12, 12]}>
      {figures.map((f) => (
        <Col key={f.key} flex="1 1 160px">
          <Card size="small" data-testid={`summary-${f.key}`}>
            <Statistic
              title={t(f.title)}
              value={f.value ?? '—'}
              suffix={f.value === null ? undefined : f.suffix}
              styles={f.warn ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
