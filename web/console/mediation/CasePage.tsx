import { ArrowLeftOutlined, TeamOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Rate,
  Result,
  Row,
  Space,
  Table,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { type CaseDetail, type MediationCase, type Outcome, useAddSession, useCase, useFollowUp, useRecordOutcome } from '../../api/mediation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime, isoDate } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { useApiError } from '../useApiError.js';
import { MediatorsModal } from './MediatorsModal.js';
import { CaseCategoryTag, CaseStatusTag } from './MediationTags.js';
import { isOutcome, nextSteps, OUTCOME_TEXT, OUTCOMES } from './mediationText.js';

/**
 * One case: where, what kind, its mediators; for the community and the mediators also the parties, the
 * story, the sessions, the outcome and the follow-up. The levels above see that it exists and where it stands.
 */
export function CasePage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const id = Number(useParams().id);
  const item = useCase(id);
  const [assigning, setAssigning] = useState(false);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (item.isPending) return <PageSpin />;
  if (item.isError) {
    if (item.error instanceof ApiError && item.error.status === 404) return <NotFound />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void item.refetch()}>{t('common.retry')}</Button>} />;
  }
  const c = item.data;
  const steps = nextSteps(c);

  return (
    <Flex vertical gap={16} data-testid="mediation-case">
      <Space align="center" wrap>
        <Link to="/mediation">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('mediation.back')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('mediation.case.no', { id: c.id })}
        </Typography.Title>
        <CaseCategoryTag category={c.category} />
        <CaseStatusTag status={c.status} testId="mediation-status" />
      </Space>

      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('mediation.field.place')}>{c.place.name}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.field.openedAt')}>{formatTime(c.openedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.field.mediators')}>
            <Space wrap>
              <span data-testid="mediation-mediators">
                {c.mediators.length ? c.mediators.map((m) => m.name).join(t('common.listSeparator')) : t('mediation.mediators.empty')}
              </span>
              {can.assignMediators(role) && c.detail && c.status !== 'closed' && (
                <Button size="small" icon={<TeamOutlined />} onClick={() => setAssigning(true)} data-testid="mediation-assign">
                  {t('mediation.mediators.assign')}
                </Button>
              )}
            </Space>
          </Descriptions.Item>
          {c.closedAt && <Descriptions.Item label={t('mediation.field.closedAt')}>{formatTime(c.closedAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>

      {c.detail === null ? (
        <Alert type="info" showIcon title={t('mediation.limited.title')} description={t('mediation.limited.hint')} data-testid="mediation-limited" />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <PartiesCard detail={c.detail} />
              <Card size="small" title={t('mediation.field.description')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="mediation-description-text">
                  {c.detail.description}
                </Typography.Paragraph>
              </Card>
              <SessionsCard item={c} detail={c.detail} canAdd={steps.session} />
            </Flex>
          </Col>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <OutcomeCard item={c} detail={c.detail} canRecord={steps.outcome} />
              <FollowUpCard item={c} detail={c.detail} canRecord={steps.followUp} />
            </Flex>
          </Col>
        </Row>
      )}

      {assigning && <MediatorsModal item={c} onClose={() => setAssigning(false)} />}
    </Flex>
  );
}

function PartiesCard({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('mediation.field.parties')}>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        data-testid="mediation-parties-table"
        pagination={false}
        dataSource={detail.parties}
        columns={[
          { title: t('mediation.party.name'), dataIndex: 'name' },
          { title: t('mediation.party.phone'), dataIndex: 'phone', render: (v: string) => v || '—' },
          { title: t('mediation.party.role'), dataIndex: 'role', render: (v: string) => v || '—' },
        ]}
      />
    </Card>
  );
}

/** 调解过程: the sessions as a timeline; 记录调解 adds one while the case is open. */
function SessionsCard({ item, detail, canAdd }: { item: MediationCase; detail: CaseDetail; canAdd: boolean }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ date: Dayjs; notes: string }>();
  const add = useAddSession(item.id);
  const showError = useApiError();
  const { message } = App.useApp();
  return (
    <Card size="small" title={t('mediation.sessions.title')} data-testid="mediation-sessions">
      {detail.sessions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mediation.sessions.empty')} />
      ) : (
        <Timeline
          data-testid="mediation-sessions-list"
          items={detail.sessions.map((s, i) => ({
            key: String(i),
            content: (
              <Flex vertical gap={2}>
                <Typography.Text strong>{s.date}</Typography.Text>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{s.notes}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('mediation.sessions.by', { name: s.by })}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
      {canAdd && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ date: dayjs() }}
          onFinish={(v) =>
            add.mutate(
              { date: isoDate(v.date) ?? '', notes: v.notes.trim() },
              {
                onSuccess: () => {
                  void message.success(t('mediation.sessions.done'));
                  form.resetFields();
                },
                onError: (error) => showError(error, form),
              },
            )
          }
        >
          <Row gutter={8}>
            <Col xs={24} md={8}>
              <Form.Item name="date" label={t('mediation.sessions.date')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="mediation-session-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="notes" label={t('mediation.sessions.notes')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
                <Input.TextArea
                  data-testid="mediation-session-notes"
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={2000}
                  placeholder={t('mediation.sessions.notesHint')}
                />
              </Form.Item>
            </Col>
          </Row>
          <Button htmlType="submit" loading={add.isPending} data-testid="mediation-session-add">
            {t('mediation.sessions.add')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

/** 调解结果: agreed (its terms), referred (to whom) or failed (why); may be corrected until the follow-up closes the case. */
function OutcomeCard({ item, detail, canRecord }: { item: MediationCase; detail: CaseDetail; canRecord: boolean }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ outcome: Outcome; detail: string }>();
  const record = useRecordOutcome(item.id);
  const showError = useApiError();
  const { message } = App.useApp();
  const recorded = isOutcome(item.status) ? item.status : null;
  const [editing, setEditing] = useState(false);
  const chosen = Form.useWatch('outcome', form) ?? 'agreed';
  const showForm = canRecord && (recorded === null || editing);
  const hasOutcome = detail.outcomeDetail !== null;
  return (
    <Card
      size="small"
      title={t('mediation.outcome.title')}
      data-testid="mediation-outcome"
      extra={
        canRecord &&
        recorded !== null &&
        !editing && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="mediation-outcome-edit">
            {t('mediation.outcome.correct')}
          </Button>
        )
      }
    >
      {hasOutcome && !showForm && (
        <Flex vertical gap={4}>
          {recorded && (
            <Typography.Text strong data-testid="mediation-outcome-name">
              {t(OUTCOME_TEXT[recorded].name)}
            </Typography.Text>
          )}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="mediation-outcome-detail">
            {detail.outcomeDetail}
          </Typography.Paragraph>
        </Flex>
      )}
      {!hasOutcome && !showForm && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mediation.outcome.none')} />}
      {showForm && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ outcome: recorded ?? 'agreed', detail: detail.outcomeDetail ?? '' }}
          onFinish={(v) =>
            record.mutate(
              { outcome: v.outcome, detail: v.detail.trim() },
              {
                onSuccess: () => {
                  void message.success(t('mediation.outcome.done'));
                  setEditing(false);
                },
                onError: (error) => showError(error, form),
              },
            )
          }
        >
          <Form.Item name="outcome" label={t('mediation.outcome.result')} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="mediation-outcome-choice"
              optionType="button"
              options={OUTCOMES.map((o) => ({ value: o, label: t(OUTCOME_TEXT[o].name) }))}
            />
          </Form.Item>
          <Form.Item name="detail" label={t(OUTCOME_TEXT[chosen].detail)} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea data-testid="mediation-outcome-text" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="mediation-outcome-save">
              {t('mediation.outcome.save')}
            </Button>
            {editing && <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>}
          </Space>
        </Form>
      )}
    </Card>
  );
}

/** 回访: after the outcome, a visit to the parties with their satisfaction; it closes the case. */
function FollowUpCard({ item, detail, canRecord }: { item: MediationCase; detail: CaseDetail; canRecord: boolean }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ date: Dayjs; notes: string; satisfaction: number }>();
  const follow = useFollowUp(item.id);
  const showError = useApiError();
  const { message, modal } = App.useApp();

  const submit = (v: { date: Dayjs; notes: string; satisfaction: number }) =>
    void modal.confirm({
      title: t('mediation.followUp.confirm'),
      content: t('mediation.followUp.confirmHint'),
      okText: t('mediation.followUp.save'),
      cancelText: t('common.cancel'),
      onOk: () =>
        new Promise<void>((resolve) =>
          follow.mutate(
            { date: isoDate(v.date) ?? '', notes: v.notes.trim(), satisfaction: v.satisfaction },
            {
              onSuccess: () => void message.success(t('mediation.followUp.done')),
              onError: (error) => showError(error, form),
              onSettled: () => resolve(),
            },
          ),
        ),
    });

  return (
    <Card size="small" title={t('mediation.followUp.title')} data-testid="mediation-follow-up">
      {detail.followUp ? (
        <Flex vertical gap={4}>
          <Space>
            <Rate disabled value={detail.followUp.satisfaction} data-testid="mediation-follow-up-rate" />
            <Typography.Text data-testid="mediation-follow-up-score">{t('mediation.followUp.stars', { score: detail.followUp.satisfaction })}</Typography.Text>
          </Space>
          <Typography.Text type="secondary">{detail.followUp.date}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{detail.followUp.notes}</Typography.Paragraph>
        </Flex>
      ) : canRecord ? (
        <Form form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={submit}>
          <Row gutter={8}>
            <Col xs={24} md={10}>
              <Form.Item name="date" label={t('mediation.followUp.date')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="mediation-follow-up-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item
                name="satisfaction"
                label={t('mediation.followUp.satisfaction')}
                rules={[{ required: true, type: 'number', min: 1, message: t('mediation.followUp.satisfactionRequired') }]}
              >
                <Rate data-testid="mediation-follow-up-stars" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="notes" label={t('mediation.followUp.notes')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
            <Input.TextArea
              data-testid="mediation-follow-up-notes"
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={1000}
              placeholder={t('mediation.followUp.notesHint')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={follow.isPending} data-testid="mediation-follow-up-save">
            {t('mediation.followUp.save')}
          </Button>
        </Form>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(item.status === 'closed' ? 'mediation.followUp.none' : 'mediation.followUp.afterOutcome')} />
      )}
    </Card>
  );
}
