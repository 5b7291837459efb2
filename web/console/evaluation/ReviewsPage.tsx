import { CalendarOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Empty, Flex, Form, Progress, Result, Row, Spin, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type Campaign, useCampaign, useOpenCampaign } from '../../api/evaluation.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { dayOf, isoDate } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { FormModal } from '../layout/FormModal.js';
import { currentYear, YearSelect } from './EvaluationBits.js';
import { beijingDay, campaignState, pickYear, progressTotals, reviewRate } from './evaluationFormat.js';

type CompoundProgress = Campaign['progress'][number];
const STATE_COLORS = { upcoming: 'default', open: 'green', closed: 'blue' } as const;

/** 年终评议: the org department opens the year's residents' review; everyone follows it compound by compound. */
export function ReviewsPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const year = pickYear(params.get('year'), currentYear());
  const campaign = useCampaign(year);
  const [editing, setEditing] = useState(false);
  const mayOpen = can.openReviewCampaign(account.role);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('evaluation.reviews.title')}
          </Typography.Title>
          <YearSelect value={year} onChange={(y) => setParams(y === currentYear() ? {} : { year: String(y) }, { replace: true })} testId="reviews-year" />
        </Flex>
        {mayOpen && campaign.data !== undefined && (
          <Button type={campaign.data ? 'default' : 'primary'} icon={<CalendarOutlined />} onClick={() => setEditing(true)} data-testid="reviews-open">
            {campaign.data ? t('evaluation.reviews.change') : t('evaluation.reviews.open')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('evaluation.reviews.intro')}</Typography.Text>
      {campaign.isPending ? (
        <Spin />
      ) : campaign.isError ? (
        <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void campaign.refetch()}>{t('common.retry')}</Button>} />
      ) : campaign.data === null ? (
        <Card>
          <Empty data-testid="reviews-empty" description={t('evaluation.reviews.none', { year })}>
            {mayOpen ? (
              <Button type="primary" onClick={() => setEditing(true)} data-testid="reviews-open-empty">
                {t('evaluation.reviews.open')}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t('evaluation.reviews.noneHint')}</Typography.Text>
            )}
          </Empty>
        </Card>
      ) : (
        <CampaignProgress campaign={campaign.data} />
      )}
      {editing && campaign.data !== undefined && <CampaignModal year={year} campaign={campaign.data} onClose={() => setEditing(false)} />}
    </Flex>
  );
}

function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const state = campaignState(campaign.opensOn, campaign.closesOn, beijingDay());
  const totals = progressTotals(campaign.progress);
  return (
    <>
      <Card size="small" data-testid="reviews-campaign">
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} lg={8}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong data-testid="reviews-period">
                {t('evaluation.reviews.period', { from: campaign.opensOn, to: campaign.closesOn })}
              </Typography.Text>
              <Tag color={STATE_COLORS[state]} data-testid="reviews-state">
                {t(`evaluation.reviews.state.${state}`)}
              </Tag>
            </Flex>
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('evaluation.reviews.col.households')} value={totals.households} />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('evaluation.reviews.col.reviewing')} value={totals.reviewing} />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('evaluation.reviews.col.reviews')} value={totals.reviews} />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('evaluation.reviews.col.rate')} value={totals.rate} suffix="%" />
          </Col>
        </Row>
      </Card>
      <Card size="small">
        <Table<CompoundProgress>
          data-testid="reviews-table"
          rowKey={(r) => r.place.id}
          size="middle"
          scroll={{ x: 760 }}
          dataSource={campaign.progress}
          pagination={{ showSizeChanger: true, defaultPageSize: 20, showTotal: (total) => t('common.total', { total }) }}
          onRow={(r) => ({ 'data-testid': `reviews-row-${r.place.id}` }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty description={t('evaluation.reviews.empty')} /> }}
          columns={[
            {
              title: t('evaluation.reviews.col.place'),
              key: 'place',
              render: (_, r) => r.place.name,
              sorter: (a, b) => a.place.name.localeCompare(b.place.name, 'zh-CN'),
            },
            {
              title: t('evaluation.reviews.col.households'),
              dataIndex: 'households',
              align: 'right',
              width: 100,
              sorter: (a, b) => a.households - b.households,
            },
            { title: t('evaluation.reviews.col.reviewing'), dataIndex: 'reviewing', align: 'right', width: 110, sorter: (a, b) => a.reviewing - b.reviewing },
            {
              title: t('evaluation.reviews.col.rate'),
              key: 'rate',
              width: 180,
              sorter: (a, b) => reviewRate(a.reviewing, a.households) - reviewRate(b.reviewing, b.households),
              render: (_, r) => <Progress percent={reviewRate(r.reviewing, r.households)} size="small" format={(p) => `${p}%`} />,
            },
            { title: t('evaluation.reviews.col.reviews'), dataIndex: 'reviews', align: 'right', width: 100, sorter: (a, b) => a.reviews - b.reviews },
            {
              title: t('evaluation.reviews.col.average'),
              key: 'average',
              align: 'right',
              width: 90,
              sorter: (a, b) => (a.average ?? 0) - (b.average ?? 0),
              render: (_, r) => r.average ?? '—',
            },
          ]}
        />
      </Card>
    </>
  );
}

type Values = { range: [Dayjs, Dayjs] };

/** 开启评议 / 修改时间: a date range starting within the year. */
function CampaignModal({ year, campaign, onClose }: { year: number; campaign: Campaign | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const open = useOpenCampaign(year);
  const from = dayOf(campaign?.opensOn);
  const to = dayOf(campaign?.closesOn);
  return (
    <FormModal<Values>
      title={t('evaluation.reviews.modalTitle', { year })}
      form={form}
      initialValues={from && to ? { range: [from, to] } : {}}
      pending={open.isPending}
      okText={campaign ? t('common.save') : t('evaluation.reviews.open')}
      onClose={onClose}
      onFinish={({ range }) =>
        open.mutate(
          { opensOn: isoDate(range[0]) ?? '', closesOn: isoDate(range[1]) ?? '' },
          {
            onSuccess: () => {
              void message.success(t('evaluation.reviews.opened', { year }));
              onClose();
            },
            // The server names one end of the range; the form shows it on the range.
            onError: (e) => form.setFields([{ name: 'range', errors: [errorText(e, lang, t)] }]),
          },
        )
      }
    >
      <Form.Item
        name="range"
        label={t('evaluation.reviews.range')}
        extra={t('evaluation.reviews.rangeHint', { year })}
        rules={[{ required: true, message: t('evaluation.reviews.rangeRequired') }]}
      >
        <DatePicker.RangePicker data-testid="campaign-range" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
