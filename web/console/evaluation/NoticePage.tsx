import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Result, Select, Spin, Tag, Typography } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { type Notice, useHideComment, useNotice } from '../../api/evaluation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { NotFound } from '../layout/NotFound.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { beijingDay, parsePeriod, recentPeriods } from './evaluationFormat.js';
import '../registrations/ledger-print.css';
import './evaluation-print.css';

/** 公示栏: a community's or compound's quarter of service on one A4 sheet for the notice board, and its remarks. */
export function NoticePage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const navigate = useNavigate();
  const { placeId: param } = useParams();
  const [params, setParams] = useSearchParams();
  const periods = recentPeriods(beijingDay());
  const asked = params.get('period');
  const period = asked && periods.includes(asked) ? asked : periods[0];
  // Without a place in the address, a community admin's own community.
  const placeId = param ? Number(param) : account.place.kind === 'community' || account.place.kind === 'compound' ? account.place.id : undefined;
  const valid = placeId === undefined || (Number.isInteger(placeId) && placeId > 0);
  const notice = useNotice(valid ? placeId : undefined, period);

  if (!valid) return <NotFound />;

  const periodLabel = (p: string) => {
    const parsed = parsePeriod(p);
    return parsed ? t('evaluation.notices.periodLabel', { year: parsed.year, quarter: parsed.quarter }) : p;
  };

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('evaluation.notices.title')}
          </Typography.Title>
          <PlacePicker
            key={placeId ?? 0}
            style={{ width: 240 }}
            placeholder={t('evaluation.notices.place')}
            accept={(hit) => hit.kind === 'community' || hit.kind === 'compound'}
            value={placeId}
            initialLabel={notice.data?.place.id === placeId ? notice.data?.place.name : account.place.id === placeId ? account.place.name : undefined}
            onChange={(id) => id !== undefined && navigate({ pathname: `/notices/${id}`, search: params.toString() })}
          />
          <Select<string>
            data-testid="notice-period"
            aria-label={t('evaluation.notices.period')}
            style={{ width: 160 }}
            value={period}
            onChange={(p) => setParams({ period: p }, { replace: true })}
            options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
          />
        </Flex>
        <Button type="primary" icon={<PrinterOutlined />} disabled={!notice.data} onClick={() => window.print()} data-testid="notice-print">
          {t('evaluation.notices.print')}
        </Button>
      </Flex>
      {placeId === undefined ? (
        <Empty description={t('evaluation.notices.pick')} data-testid="notice-pick" />
      ) : notice.isPending ? (
        <Spin />
      ) : notice.isError ? (
        notice.error instanceof ApiError && notice.error.status === 404 ? (
          <NotFound />
        ) : (
          <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void notice.refetch()}>{t('common.retry')}</Button>} />
        )
      ) : (
        <>
          <NoticeSheet notice={notice.data} periodLabel={periodLabel(notice.data.period)} />
          <Comments notice={notice.data} />
        </>
      )}
    </Flex>
  );
}

function NoticeSheet({ notice: n, periodLabel }: { notice: Notice; periodLabel: string }) {
  const { t } = useI18n();
  return (
    <div className="eval-paper eval-board print-sheet" data-testid="notice-sheet">
      <h1>{t('evaluation.notices.sheetTitle', { place: n.place.name })}</h1>
      <div className="print-meta">
        <span data-testid="notice-range">{t('evaluation.notices.range', { period: periodLabel, from: n.from, to: n.to })}</span>
      </div>

      <h2>{t('evaluation.notices.members')}</h2>
      {n.members.length === 0 ? (
        <p className="print-muted">{t('evaluation.notices.membersNone')}</p>
      ) : (
        <table data-testid="notice-members">
          <thead>
            <tr>
              <th style={{ width: '8%' }}>{t('evaluation.col.rank')}</th>
              <th style={{ width: '16%' }}>{t('evaluation.notices.col.name')}</th>
              <th>{t('evaluation.notices.col.unit')}</th>
              <th style={{ width: '12%' }}>{t('evaluation.notices.col.services')}</th>
              <th style={{ width: '14%' }}>{t('evaluation.notices.col.hours')}</th>
              <th style={{ width: '10%' }}>{t('evaluation.notices.col.points')}</th>
            </tr>
          </thead>
          <tbody>
            {n.members.map((m, i) => (
              // Masked names repeat; the rank is the row's identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows never move
              <tr key={i}>
                <td>{i + 1}</td>
                <td>{m.name}</td>
                <td>{m.unit}</td>
                <td>{m.services}</td>
                <td>{m.hours}</td>
                <td>{m.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {n.unnamed > 0 && (
        <p className="print-muted" data-testid="notice-unnamed">
          {t('evaluation.notices.unnamed', { count: n.unnamed })}
        </p>
      )}

      <h2>{t('evaluation.notices.units')}</h2>
      {n.units.length === 0 ? (
        <p className="print-muted">{t('evaluation.notices.unitsNone')}</p>
      ) : (
        <table data-testid="notice-units">
          <thead>
            <tr>
              <th>{t('evaluation.col.unit')}</th>
              <th style={{ width: '16%' }}>{t('evaluation.notices.col.services')}</th>
              <th style={{ width: '18%' }}>{t('evaluation.notices.col.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {n.units.map((u) => (
              <tr key={u.name}>
                <td>{u.name}</td>
                <td>{u.services}</td>
                <td>{u.hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <p style={{ marginTop: 16, fontWeight: 600 }} data-testid="notice-totals">
        {t('evaluation.notices.totals', { services: n.totals.services, hours: n.totals.hours, points: n.totals.points })}
      </p>
      <p className="print-muted">{t('evaluation.notices.footer')}</p>
      <div className="eval-board-publisher">
        <div>{t('evaluation.notices.publisher', { place: n.place.name })}</div>
        <div>{beijingDay()}</div>
      </div>
    </div>
  );
}

/** The remarks on this notice (not printed); admins hide one, which stays marked for the record. */
function Comments({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const { message } = App.useApp();
  const hide = useHideComment();
  const showError = useApiError();
  const mayHide = can.hideNoticeComments(account.role);
  return (
    <Card
      className="no-print"
      size="small"
      title={t('evaluation.notices.comments')}
      data-testid="notice-comments"
      style={{ maxWidth: 794, width: '100%', margin: '0 auto' }}
    >
      {notice.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.notices.commentsNone')} />
      ) : (
        <Flex vertical>
          {notice.comments.map((c, i) => (
            <Flex
              key={c.id}
              justify="space-between"
              align="flex-start"
              gap={12}
              data-testid={`notice-comment-${c.id}`}
              style={{ padding: '12px 0', borderTop: i ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}
            >
              <div style={{ minWidth: 0 }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{c.author}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(c.at)}
                  </Typography.Text>
                  {c.hidden && <Tag data-testid={`notice-hidden-${c.id}`}>{t('evaluation.notices.hidden')}</Tag>}
                </Flex>
                <Typography.Paragraph type={c.hidden ? 'secondary' : undefined} delete={c.hidden} style={{ margin: '4px 0 0' }}>
                  {c.text}
                </Typography.Paragraph>
              </div>
              {mayHide && !c.hidden && (
                <Popconfirm
                  title={t('evaluation.notices.hideConfirm')}
                  okText={t('evaluation.notices.hide')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    hide.mutateAsync(c.id).then(
                      () => void message.success(t('evaluation.notices.hideDone')),
                      (e: unknown) => void showError(e),
                    )
                  }
                >
                  <Button size="small" danger loading={hide.isPending && hide.variables === c.id} data-testid={`notice-hide-${c.id}`}>
                    {t('evaluation.notices.hide')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
