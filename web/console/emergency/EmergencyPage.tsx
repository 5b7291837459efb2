import { ArrowLeftOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Result, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { type Emergency, LIVE_REFRESH_MS, useEmergency, useEndEmergency, useRollCall } from '../../api/emergency.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { FormModal } from '../layout/FormModal.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { useApiError } from '../useApiError.js';
import { EmergencyFigures } from './EmergencyFigures.js';
import { EmergencyStateTag } from './EmergencyTags.js';
import { GridChart } from './GridChart.js';
import { LogCard } from './LogCard.js';
import { MembersCard } from './MembersCard.js';
import './emergency.css';

/**
 * The command view: the live figures, the roll call by grid and by member with tasks, the log, and
 * 切回常态 with a summary. Refreshes every few seconds while the emergency lasts.
 */
export function EmergencyPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const id = Number(useParams().id);
  const emergency = useEmergency(id);
  const live = emergency.data?.endedAt === null;
  const roll = useRollCall(id, live);
  const [ending, setEnding] = useState(false);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (emergency.isPending) return <PageSpin />;
  if (emergency.isError) {
    if (emergency.error instanceof ApiError && emergency.error.status === 404) return <NotFound />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void emergency.refetch()}>{t('common.retry')}</Button>} />;
  }
  const e = emergency.data;

  return (
    <Flex vertical gap={16} data-testid="emergency-page" data-live={live}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center" wrap>
          <Link to="/emergency">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('emergency.back')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="emergency-reason">
            {e.reason}
          </Typography.Title>
          <EmergencyStateTag live={live} testId="emergency-state" />
        </Space>
        {live && can.startEmergencies(role) && (
          <Button danger icon={<RollbackOutlined />} onClick={() => setEnding(true)} data-testid="emergency-end">
            {t('emergency.end')}
          </Button>
        )}
      </Flex>

      <Card size="small" className={live ? 'emergency-banner' : undefined}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('emergency.col.places')}>
            <span data-testid="emergency-places-text">{e.places.map((p) => p.name).join(t('common.listSeparator'))}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('emergency.field.startedBy')}>{e.startedBy}</Descriptions.Item>
          <Descriptions.Item label={t('emergency.field.startedAt')}>{formatTime(e.startedAt)}</Descriptions.Item>
          {e.endedAt && <Descriptions.Item label={t('emergency.field.endedAt')}>{formatTime(e.endedAt)}</Descriptions.Item>}
        </Descriptions>
        {live && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('emergency.refreshing', { seconds: LIVE_REFRESH_MS / 1000 })}
          </Typography.Text>
        )}
      </Card>

      {!live && <SummaryCard emergency={e} />}

      <EmergencyFigures emergency={e} />

      {roll.isError && !roll.data ? (
        <Alert type="warning" showIcon title={t('common.loadFailed')} action={<Button onClick={() => void roll.refetch()}>{t('common.retry')}</Button>} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('emergency.chart.title')} loading={roll.isPending}>
              <GridChart grids={roll.data?.grids ?? []} />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <LogCard emergencyId={e.id} log={roll.data?.log ?? []} live={live} />
          </Col>
          <Col span={24}>
            <MembersCard emergencyId={e.id} members={roll.data?.members ?? []} live={live} loading={roll.isPending} />
          </Col>
        </Row>
      )}

      {ending && <EndModal emergency={e} onClose={() => setEnding(false)} />}
    </Flex>
  );
}

/** An ended emergency: its summary, read-only. */
function SummaryCard({ emergency: e }: { emergency: Emergency }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('emergency.summary.title')} data-testid="emergency-summary">
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="emergency-summary-text">
        {e.summary}
      </Typography.Paragraph>
    </Card>
  );
}

/** 切回常态: closes the emergency with a required summary; members' answers are refused afterwards. */
function EndModal({ emergency: e, onClose }: { emergency: Emergency; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ summary: string }>();
  const end = useEndEmergency(e.id);
  const showError = useApiError();
  return (
    <FormModal<{ summary: string }>
      title={t('emergency.end.title')}
      form={form}
      pending={end.isPending}
      danger
      okText={t('emergency.end.ok')}
      onClose={onClose}
      onFinish={({ summary }) =>
        end.mutate(summary.trim(), {
          onSuccess: () => {
            void message.success(t('emergency.end.done'));
            onClose();
          },
          onError: (error) => showError(error, form),
        })
      }
    >
      <Alert
        type="info"
        showIcon
        title={t('emergency.end.hint', { places: e.places.map((p) => p.name).join(t('common.listSeparator')) })}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="summary"
        label={t('emergency.end.summary')}
        rules={[{ required: true, whitespace: true, max: 2000, message: t('emergency.end.summaryRequired') }]}
      >
        <Input.TextArea data-testid="emergency-summary-input" rows={5} maxLength={2000} showCount placeholder={t('emergency.end.summaryHint')} />
      </Form.Item>
    </FormModal>
  );
}
