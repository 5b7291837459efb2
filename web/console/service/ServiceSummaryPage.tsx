import { Card, Col, DatePicker, Flex, Result, Row, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { downloadOrders, useOrderSummary } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { isoDate } from '../../shared/time.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { CategoryChart } from './CategoryChart.js';
import { FlaggedRatings } from './FlaggedRatings.js';
import { StatusChart } from './StatusChart.js';
import { SummaryFigures } from './SummaryFigures.js';

/** 服务统计: the orders of a place and period in figures and charts, the ledger export, and the ratings in doubt. */
export function ServiceSummaryPage() {
  const t = useT();
  const { place } = useCurrentSession().account;
  const [placeId, setPlaceId] = useState<number | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const summary = useOrderSummary({ placeId, from: isoDate(range?.[0]), to: isoDate(range?.[1]) });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('summary.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          {place.kind !== 'community' && (
            <PlacePicker
              style={{ width: 240 }}
              placeholder={t('summary.place')}
              accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
              value={placeId}
              onChange={setPlaceId}
            />
          )}
          <DatePicker.RangePicker
            data-testid="summary-range"
            allowEmpty={[true, true]}
            placeholder={[t('summary.from'), t('summary.to')]}
            value={range}
            onChange={(value) => setRange(value)}
          />
          <DownloadButton download={() => downloadOrders({ placeId })} testId="summary-export" />
        </Flex>
      </Flex>
      {summary.isPending ? (
        <Spin />
      ) : summary.isError ? (
        <Result status="warning" title={t('common.loadFailed')} />
      ) : (
        <>
          <SummaryFigures summary={summary.data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('summary.chart.status')}>
                <StatusChart byStatus={summary.data.byStatus} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('summary.chart.category')}>
                <CategoryChart byCategory={summary.data.byCategory} />
              </Card>
            </Col>
          </Row>
        </>
      )}
      <FlaggedRatings placeId={placeId} />
    </Flex>
  );
}
