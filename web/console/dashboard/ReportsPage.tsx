import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Flex, Result, Segmented, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ReportDto } from '#contracts/dashboard.js';
import { downloadReport, type ReportFilters, useReport } from '../../api/dashboard.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ZONE } from '../../shared/time.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { idParam, isReportLine, type PeriodKind, parsePeriod } from './dashboardLogic.js';
import '../registrations/ledger-print.css';
import './dashboard.css';

/** 月报 / 年报: a county's, street's or community's month or year on one printable A4 sheet, and as .xlsx. */
export function ReportsPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const { account } = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const today = dayjs().tz(ZONE);
  const placeId = idParam(params.get('placeId'));
  const period = parsePeriod(params.get('period')) ?? parsePeriod(today.format('YYYY-MM'));
  const periodText = period?.period ?? today.format('YYYY-MM');
  const filters: ReportFilters = { ...(placeId ? { placeId } : {}), period: periodText };
  const report = useReport(filters);
  const [exporting, setExporting] = useState(false);

  const choose = (next: { placeId?: number; period: string }) => {
    const search: Record<string, string> = { period: next.period };
    if (next.placeId) search.placeId = String(next.placeId);
    setParams(search, { replace: true });
  };
  const setKind = (kind: PeriodKind) => {
    const year = period?.year ?? today.year();
    choose({ placeId, period: kind === 'year' ? String(year) : `${year}-${String(period?.month ?? today.month() + 1).padStart(2, '0')}` });
  };
  const exportXlsx = async () => {
    setExporting(true);
    try {
      const name = await downloadReport(filters);
      void message.success(t('dashboard.report.exported', { name }));
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  };

  const kind: PeriodKind = period?.kind ?? 'month';
  const picked = period ? dayjs(kind === 'year' ? `${period.year}-01-01` : `${period.period}-01`) : today;

  return (
    <Flex vertical gap={16} data-testid="reports">
      <Flex className="no-print dash-report-tools" justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('dashboard.report.title')}
        </Typography.Title>
        <Space wrap>
          <Button icon={<PrinterOutlined />} disabled={!report.data} onClick={() => window.print()} data-testid="report-print">
            {t('dashboard.report.print')}
          </Button>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            disabled={!report.data}
            loading={exporting}
            onClick={() => void exportXlsx()}
            data-testid="report-export"
          >
            {t('dashboard.report.export')}
          </Button>
        </Space>
      </Flex>
      <Card size="small" className="no-print dash-report-tools">
        <Flex wrap gap={12} align="center">
          <PlacePicker
            key={`${placeId ?? 0}-${report.data?.place.name ?? ''}`}
            style={{ width: 260 }}
            placeholder={t('dashboard.report.placeHint', { place: account.place.name })}
            accept={(hit) => hit.kind === 'county' || hit.kind === 'street' || hit.kind === 'community'}
            value={placeId}
            initialLabel={placeId ? report.data?.place.name : undefined}
            onChange={(id) => choose({ placeId: id, period: periodText })}
          />
          <Segmented<PeriodKind>
            data-testid="report-kind"
            value={kind}
            onChange={setKind}
            options={[
              { value: 'month', label: t('dashboard.report.month') },
              { value: 'year', label: t('dashboard.report.year') },
            ]}
          />
          <DatePicker
            data-testid="report-period"
            picker={kind}
            allowClear={false}
            value={picked}
            disabledDate={(d) => d.isAfter(today, kind)}
            onChange={(d) => d && choose({ placeId, period: kind === 'year' ? d.format('YYYY') : d.format('YYYY-MM') })}
          />
        </Flex>
      </Card>

      {report.isPending ? (
        <Spin />
      ) : report.isError ? (
        <Result
          status="warning"
          title={t('common.loadFailed')}
          subTitle={errorText(report.error, lang, t)}
          extra={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <ReportSheet report={report.data} />
      )}
    </Flex>
  );
}

function ReportSheet({ report }: { report: ReportDto }) {
  const { t, lang } = useI18n();
  const p = parsePeriod(report.period);
  const title = p?.month
    ? t('dashboard.report.titleMonth', { place: report.place.name, year: p.year, month: p.month })
    : t('dashboard.report.titleYear', { place: report.place.name, year: p?.year ?? report.period });
  const english = lang === 'en';
  return (
    <div className="report-paper print-sheet dash-report" data-testid="report-sheet">
      <h1 data-testid="report-title">{title}</h1>
      <div className="print-meta">
        <span>{t('dashboard.report.periodLine', { from: report.from, to: report.to })}</span>
        <span>{t('dashboard.report.reportingBody', { place: report.place.name })}</span>
      </div>
      {report.lines.length === 0 ? (
        <Empty description={t('common.empty')} />
      ) : (
        <table data-testid="report-lines">
          <thead>
            <tr>
              <th style={{ width: '10%' }}>{t('dashboard.report.col.no')}</th>
              <th>{t('dashboard.report.col.item')}</th>
              <th style={{ width: '20%', textAlign: 'right' }}>{t('dashboard.report.col.value')}</th>
              <th style={{ width: '14%' }}>{t('dashboard.report.col.unit')}</th>
            </tr>
          </thead>
          <tbody>
            {report.lines.map((line, i) => (
              <tr key={line.key} data-testid={`report-line-${line.key}`}>
                <td>{i + 1}</td>
                <td>{english && isReportLine(line.key) ? t(`dashboard.line.${line.key}`) : line.label}</td>
                <td className="dash-report-value" data-testid={`report-value-${line.key}`}>
                  {line.value}
                </td>
                <td>{english && isReportLine(line.key) ? t(`dashboard.lineUnit.${line.key}`) : line.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dash-report-sign">
        <div>{t('dashboard.report.signUnit')}</div>
        <div>{t('dashboard.report.signMaker')}</div>
        <div>{t('dashboard.report.signReviewer')}</div>
      </div>
      <div className="dash-report-sign">
        <div />
        <div />
        <div>{t('dashboard.report.signDate')}</div>
      </div>
    </div>
  );
}
