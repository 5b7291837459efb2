import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { TALENT_LABELS } from '#contracts/labels.js';
import type { HalfYearReportDto } from '#contracts/registration.js';
import { ApiError } from '../../api/client.js';
import { useHalfYearReport } from '../../api/registration.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime, ZONE } from '../../shared/time.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import '../registrations/ledger-print.css';

type Half = 1 | 2;

/** The half year we are in, in China time. */
function currentHalf(): { year: number; half: Half } {
  const now = dayjs().tz(ZONE);
  return { year: now.year(), half: now.month() < 6 ? 1 : 2 };
}

/** 党员半年报告: a member's half year on one A4 page, printed for their party branch to sign. */
export function HalfYearReportPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const now = currentHalf();
  const [period, setPeriod] = useState(now);
  const report = useHalfYearReport(id, period.year, period.half);
  const years = Array.from({ length: 6 }, (_, i) => now.year - i);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} wrap>
          <Link to={`/members/${id}`}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('ledger.report.back')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('ledger.report.title')}
          </Typography.Title>
        </Flex>
        <Flex gap={8} wrap>
          <Select<number>
            data-testid="report-year"
            style={{ width: 110 }}
            value={period.year}
            onChange={(year) => setPeriod((p) => ({ ...p, year }))}
            options={years.map((year) => ({ value: year, label: t('ledger.report.year', { year }) }))}
          />
          <Segmented<Half>
            data-testid="report-half"
            value={period.half}
            onChange={(half) => setPeriod((p) => ({ ...p, half }))}
            options={[
              { value: 1, label: t('ledger.report.half.1') },
              { value: 2, label: t('ledger.report.half.2') },
            ]}
          />
          <Button type="primary" icon={<PrinterOutlined />} disabled={!report.data} onClick={() => window.print()} data-testid="report-print">
            {t('ledger.report.print')}
          </Button>
        </Flex>
      </Flex>
      {report.isPending ? (
        <PageSpin />
      ) : report.isError ? (
        report.error instanceof ApiError && report.error.status === 404 ? (
          <NotFound />
        ) : (
          <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>} />
        )
      ) : (
        <ReportSheet report={report.data} />
      )}
    </Flex>
  );
}

function ReportSheet({ report: r }: { report: HalfYearReportDto }) {
  const { t, label } = useI18n();
  const half = r.period.half === 1 ? t('ledger.report.half.1') : t('ledger.report.half.2');
  const none = t('ledger.report.none');
  const facts: [string, string][] = [
    [t('ledger.report.name'), r.member.name],
    [t('ledger.report.organization'), r.member.organization || none],
    [t('ledger.report.partyOrg'), r.member.partyOrg || none],
    [t('ledger.report.home'), r.member.home ?? none],
    [t('ledger.report.talents'), r.member.talents.map((c) => label(TALENT_LABELS[c])).join(t('common.listSeparator')) || none],
  ];

  return (
    <div className="report-paper print-sheet" data-testid="half-year-report">
      <h1>{t('ledger.report.title')}</h1>
      <div className="print-meta">
        <span data-testid="report-heading">{t('ledger.report.heading', { year: r.period.year, half })}</span>
        <span>{t('ledger.report.period', { from: r.period.from, to: r.period.to })}</span>
      </div>

      <h2>{t('ledger.report.facts')}</h2>
      <table data-testid="report-member">
        <tbody>
          {facts.map(([name, value]) => (
            <tr key={name}>
              <th style={{ width: '24%' }}>{name}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('ledger.report.registrations')}</h2>
      {r.registrations.length === 0 ? (
        <p className="print-muted">{t('ledger.report.registrations.none')}</p>
      ) : (
        <table data-testid="report-registrations">
          <thead>
            <tr>
              <th>{t('ledger.report.col.community')}</th>
              <th>{t('ledger.report.col.household')}</th>
              <th>{t('ledger.report.col.submittedAt')}</th>
              <th>{t('ledger.report.col.status')}</th>
              <th>{t('ledger.report.col.decidedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {r.registrations.map((reg) => (
              <tr key={reg.id}>
                <td>{reg.place.name}</td>
                <td>{reg.householdAddress}</td>
                <td>{formatTime(reg.submittedAt)}</td>
                <td>
                  {t(`reg.status.${reg.status}`)}
                  {reg.reason ? `（${reg.reason}）` : ''}
                </td>
                <td>{formatTime(reg.decidedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('ledger.report.services')}</h2>
      {r.services.length === 0 ? (
        <p className="print-muted" data-testid="report-services-none">
          {t('ledger.report.services.none')}
        </p>
      ) : (
        <table data-testid="report-services">
          <thead>
            <tr>
              <th>{t('ledger.report.col.date')}</th>
              <th>{t('ledger.report.col.kind')}</th>
              <th>{t('ledger.report.col.title')}</th>
              <th>{t('ledger.report.col.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {r.services.map((s, i) => (
              // Service records carry no id of their own.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows never move
              <tr key={i}>
                <td>{s.date}</td>
                <td>{s.kind}</td>
                <td>{s.title}</td>
                <td>{s.hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('ledger.report.points')}</h2>
      <p className={r.points ? undefined : 'print-muted'} data-testid="report-points">
        {r.points ? t('ledger.report.points.value', { earned: r.points.earned, spent: r.points.spent }) : t('ledger.report.points.none')}
      </p>

      <h2>{t('ledger.report.opinion')}</h2>
      <div className="print-opinion" />
      <div className="print-sign-line">
        <span>{t('ledger.report.signature')}</span>
        <span>{t('ledger.report.signDate')}</span>
      </div>
      <p className="print-muted" style={{ marginTop: 24, textAlign: 'right' }}>
        {t('ledger.report.generatedAt', { date: formatTime(r.generatedAt) })}
      </p>
    </div>
  );
}
