import { CheckCircleOutlined, LockOutlined, NotificationOutlined, PlayCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Popconfirm, Popover, Result, Row, Spin, Statistic, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { GRADE_LABELS, GRADES } from '#contracts/evaluation.js';
import { ApiError } from '../../api/client.js';
import { type YearStatus, useLockYear, useSendFeedback, useYearStatus } from '../../api/evaluation.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { AppealsTab } from './AppealsTab.js';
import { currentYear, GRADE_CHART_COLORS, YearSelect } from './EvaluationBits.js';
import { appealCloses, gradeCounts, percent, pickYear } from './evaluationFormat.js';
import { GradeChart } from './GradeChart.js';
import { HonoursTab } from './HonoursTab.js';
import { MembersTab } from './MembersTab.js';
import { RunModal } from './RunModal.js';
import { UnitsTab } from './UnitsTab.js';

type TabKey = 'members' | 'units' | 'appeals' | 'honours';

/** 年度评价: the year at a glance, the org department's run / lock / send, and the results in tabs. */
export function EvaluationPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const { pathname } = useLocation();
  const [params, setParams] = useSearchParams();
  const year = pickYear(params.get('year'), currentYear());
  const [tab, setTab] = useState<TabKey>(pathname.endsWith('/appeals') ? 'appeals' : 'members');
  const [appealFilter, setAppealFilter] = useState<'open' | undefined>(pathname.endsWith('/appeals') ? 'open' : undefined);
  const [lockError, setLockError] = useState<string | null>(null);
  const status = useYearStatus(year);

  const chooseYear = (next: number) => {
    setLockError(null);
    setParams(next === currentYear() ? {} : { year: String(next) }, { replace: true });
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('evaluation.title')}
          </Typography.Title>
          <YearSelect value={year} onChange={chooseYear} testId="eval-year" />
        </Flex>
        <Flex gap={8} wrap>
          <NoticeLink />
          {can.runEvaluation(account.role) && status.data && <YearActions year={year} status={status.data} onLockError={setLockError} />}
        </Flex>
      </Flex>
      <Typography.Text type="secondary">{t('evaluation.intro')}</Typography.Text>
      {lockError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setLockError(null) }}
          data-testid="eval-lock-error"
          title={t('evaluation.lock.failed')}
          description={lockError}
          action={
            <Button
              size="small"
              onClick={() => {
                setAppealFilter('open');
                setTab('appeals');
              }}
              data-testid="eval-lock-see-appeals"
            >
              {t('evaluation.lock.seeAppeals')}
            </Button>
          }
        />
      )}
      {status.isPending ? (
        <Spin />
      ) : status.isError ? (
        <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void status.refetch()}>{t('common.retry')}</Button>} />
      ) : (
        <>
          {status.data.lockedAt ? (
            <Alert
              type="success"
              showIcon
              icon={<LockOutlined />}
              data-testid="eval-locked"
              title={t('evaluation.lockedAlert', { year, at: formatTime(status.data.lockedAt) })}
            />
          ) : !status.data.ranAt ? (
            <Alert
              type="info"
              showIcon
              data-testid="eval-not-run"
              title={t(can.runEvaluation(account.role) ? 'evaluation.notRunAdmin' : 'evaluation.notRun', { year })}
            />
          ) : null}
          <StatusCards status={status.data} />
          {status.data.ranAt && (
            <Card size="small">
              <Tabs
                activeKey={tab}
                onChange={(key) => setTab(key as TabKey)}
                destroyOnHidden
                items={[
                  { key: 'members', label: t('evaluation.tab.members'), children: <MembersTab year={year} status={status.data} /> },
                  { key: 'units', label: t('evaluation.tab.units'), children: <UnitsTab year={year} /> },
                  {
                    key: 'appeals',
                    label: status.data.openAppeals ? `${t('evaluation.tab.appeals')} (${status.data.openAppeals})` : t('evaluation.tab.appeals'),
                    children: <AppealsTab key={appealFilter ?? 'all'} year={year} status={status.data} initialStatus={appealFilter} />,
                  },
                  { key: 'honours', label: t('evaluation.tab.honours'), children: <HonoursTab year={year} /> },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}

/** How many were graded, each grade's count and share, the chart, and where the year stands. */
function StatusCards({ status }: { status: YearStatus }) {
  const { t, label } = useI18n();
  const counts = gradeCounts(status.byGrade);
  const closes = appealCloses(status.ranAt, status.appealDays, status.lockedAt);
  const notYet = <Typography.Text type="secondary">{t('evaluation.stat.notYet')}</Typography.Text>;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <Card size="small">
              <Statistic
                title={t('evaluation.stat.evaluated')}
                value={status.evaluated}
                formatter={(value) => <span data-testid="eval-evaluated">{value}</span>}
              />
            </Card>
          </Col>
          {GRADES.map((g, i) => (
            <Col xs={12} key={g}>
              <Card size="small" data-testid={`grade-card-${g}`}>
                <Statistic
                  title={label(GRADE_LABELS[g])}
                  value={counts[g]}
                  styles={{ content: { color: GRADE_CHART_COLORS[i] } }}
                  formatter={(value) => <span data-testid={`grade-count-${g}`}>{value}</span>}
                  suffix={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('evaluation.stat.share', { share: percent(counts[g], status.evaluated) })}
                    </Typography.Text>
                  }
                />
              </Card>
            </Col>
          ))}
        </Row>
      </Col>
      <Col xs={24} md={14} xl={8}>
        <Card size="small" title={t('evaluation.chart')}>
          <GradeChart counts={counts} />
        </Card>
      </Col>
      <Col xs={24} md={10} xl={6}>
        <Card size="small" title={t('evaluation.stat.status')} data-testid="eval-progress">
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'ran', label: t('evaluation.stat.ranAt'), children: status.ranAt ? formatTime(status.ranAt) : notYet },
              {
                key: 'appeal',
                label: t('evaluation.stat.appealUntil'),
                children: closes ? (
                  Date.parse(closes) > Date.now() ? (
                    formatTime(closes)
                  ) : (
                    <Typography.Text type="secondary">{t('evaluation.stat.appealClosed')}</Typography.Text>
                  )
                ) : (
                  notYet
                ),
              },
              {
                key: 'open',
                label: t('evaluation.stat.openAppeals'),
                children: (
                  <Typography.Text type={status.openAppeals ? 'warning' : undefined} data-testid="eval-open-appeals">
                    {status.openAppeals}
                  </Typography.Text>
                ),
              },
              { key: 'locked', label: t('evaluation.stat.lockedAt'), children: status.lockedAt ? formatTime(status.lockedAt) : notYet },
              {
                key: 'sent',
                label: t('evaluation.stat.feedbackSentAt'),
                children: status.feedbackSentAt ? <span data-testid="eval-feedback-sent">{formatTime(status.feedbackSentAt)}</span> : notYet,
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** 评定, 审定锁定 and 送达反馈卡: the org department's, each behind its confirmation. */
function YearActions({ year, status, onLockError }: { year: number; status: YearStatus; onLockError: (text: string | null) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const [running, setRunning] = useState(false);
  const lock = useLockYear(year);
  const send = useSendFeedback(year);
  const locked = status.lockedAt !== null;
  const ran = status.ranAt !== null;

  const runButton = (
    <Button type="primary" icon={<PlayCircleOutlined />} disabled={locked} onClick={() => setRunning(true)} data-testid="eval-run">
      {ran ? t('evaluation.rerun') : t('evaluation.run')}
    </Button>
  );
  const lockButton = (
    <Button icon={<CheckCircleOutlined />} disabled={locked || !ran} loading={lock.isPending} data-testid="eval-lock">
      {t('evaluation.lock')}
    </Button>
  );
  const sendButton = (
    <Button icon={<SendOutlined />} disabled={!locked || status.feedbackSentAt !== null} loading={send.isPending} data-testid="eval-send">
      {t('evaluation.send')}
    </Button>
  );

  return (
    <>
      {locked ? <Tooltip title={t('evaluation.lockedReason')}>{runButton}</Tooltip> : runButton}
      {locked || !ran ? (
        <Tooltip title={locked ? t('evaluation.lockedReason') : t('evaluation.runFirst')}>{lockButton}</Tooltip>
      ) : (
        <Popconfirm
          title={t('evaluation.lock.title', { year })}
          description={
            <div style={{ maxWidth: 320 }} data-testid="eval-lock-confirm">
              {t('evaluation.lock.confirm')}
              {status.openAppeals > 0 && (
                <div>
                  <Typography.Text type="warning">{t('evaluation.lock.openAppeals', { count: status.openAppeals })}</Typography.Text>
                </div>
              )}
            </div>
          }
          okText={t('evaluation.lock')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            lock.mutateAsync().then(
              () => {
                onLockError(null);
                void message.success(t('evaluation.lock.done', { year }));
              },
              (e: unknown) => {
                if (e instanceof ApiError && e.code === 'evaluation.openAppeals') onLockError(errorText(e, lang, t));
                else showError(e);
              },
            )
          }
        >
          {lockButton}
        </Popconfirm>
      )}
      {!locked || status.feedbackSentAt ? (
        <Tooltip title={status.feedbackSentAt ? t('evaluation.send.sent', { at: formatTime(status.feedbackSentAt) }) : t('evaluation.send.needLock')}>
          {sendButton}
        </Tooltip>
      ) : (
        <Popconfirm
          title={t('evaluation.send.title', { year })}
          description={<div style={{ maxWidth: 320 }}>{t('evaluation.send.confirm')}</div>}
          okText={t('evaluation.send')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            send.mutateAsync().then(
              (r) => void message.success(t('evaluation.send.done', { units: r.units })),
              (e: unknown) => void showError(e),
            )
          }
        >
          {sendButton}
        </Popconfirm>
      )}
      {running && <RunModal year={year} status={status} onClose={() => setRunning(false)} />}
    </>
  );
}

/** 公示: choose a community or compound, then open its printable notice. */
function NoticeLink() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [placeId, setPlaceId] = useState<number | undefined>();
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('evaluation.notice.pick')}
      content={
        <Flex gap={8} data-testid="eval-notice-pick">
          <PlacePicker
            style={{ width: 240 }}
            placeholder={t('evaluation.notices.place')}
            accept={(hit) => hit.kind === 'community' || hit.kind === 'compound'}
            value={placeId}
            onChange={setPlaceId}
          />
          <Button type="primary" disabled={placeId === undefined} onClick={() => navigate(`/notices/${placeId}`)} data-testid="eval-notice-go">
            {t('evaluation.notice.go')}
          </Button>
        </Flex>
      }
    >
      <Button icon={<NotificationOutlined />} data-testid="eval-notice">
        {t('evaluation.notice.open')}
      </Button>
    </Popover>
  );
}
