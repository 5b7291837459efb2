import { PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Result, Segmented, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { downloadQuarterly, type QuarterlyRecord, useQuarterly } from '../../api/evaluation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { NotFound } from '../layout/NotFound.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { currentYear, ServicesTable, YearSelect } from './EvaluationBits.js';
import { beijingDay, parsePeriod, percent, type Quarter, quarterOf, quartersBegun } from './evaluationFormat.js';
import '../registrations/ledger-print.css';
import './evaluation-print.css';

/** 季度服务纪实: what a unit and its members did in the communities in a quarter, on one A4 page and as .xlsx. */
export function QuarterlyPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const today = beijingDay();
  const secretary = account.role === 'unitSecretary';
  const orgParam = Number(params.get('org'));
  const organizationId = secretary ? (account.organizationId ?? undefined) : Number.isInteger(orgParam) && orgParam > 0 ? orgParam : undefined;
  // The period from ?period=YYYY-Qn when it has begun, else the quarter we are in.
  const asked = parsePeriod(params.get('period'));
  const year = asked && quartersBegun(asked.year, today).includes(asked.quarter) ? asked.year : currentYear();
  const quarter: Quarter = asked && year === asked.year ? asked.quarter : quarterOf(today);
  const record = useQuarterly(organizationId, year, quarter);

  const update = (next: { period?: string; org?: number | undefined }) => {
    const merged = new URLSearchParams(params);
    if (next.period) merged.set('period', next.period);
    if ('org' in next) {
      if (next.org === undefined) merged.delete('org');
      else merged.set('org', String(next.org));
    }
    setParams(merged, { replace: true });
  };
  const chooseYear = (y: number) => {
    const begun = quartersBegun(y, today);
    update({ period: `${y}-Q${begun.includes(quarter) ? quarter : (begun.at(-1) ?? 1)}` });
  };

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('evaluation.quarterly.title')}
          </Typography.Title>
          {!secretary && (
            <OrganizationSelect
              testId="quarterly-org"
              style={{ width: 260 }}
              placeholder={t('evaluation.quarterly.org')}
              value={organizationId}
              onChange={(id) => update({ org: id })}
            />
          )}
          <YearSelect value={year} onChange={chooseYear} testId="quarterly-year" />
          <Segmented<Quarter>
            data-testid="quarterly-quarter"
            value={quarter}
            onChange={(q) => update({ period: `${year}-Q${q}` })}
            options={([1, 2, 3, 4] as const).map((q) => ({
              value: q,
              label: t('evaluation.quarterly.quarter', { quarter: q }),
              disabled: !quartersBegun(year, today).includes(q),
            }))}
          />
        </Flex>
        <Flex gap={8} wrap>
          <Button type="primary" icon={<PrinterOutlined />} disabled={!record.data} onClick={() => window.print()} data-testid="quarterly-print">
            {t('evaluation.feedback.print')}
          </Button>
          {organizationId !== undefined && record.data && (
            <DownloadButton download={() => downloadQuarterly(organizationId, year, quarter)} testId="quarterly-export" />
          )}
        </Flex>
      </Flex>
      {organizationId === undefined ? (
        <Empty description={t('evaluation.quarterly.pickOrg')} data-testid="quarterly-pick-org" />
      ) : record.isPending ? (
        <Spin />
      ) : record.isError ? (
        record.error instanceof ApiError && record.error.status === 404 ? (
          <NotFound />
        ) : (
          <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void record.refetch()}>{t('common.retry')}</Button>} />
        )
      ) : (
        <QuarterlySheet record={record.data} year={year} quarter={quarter} />
      )}
    </Flex>
  );
}

function QuarterlySheet({ record: r, year, quarter }: { record: QuarterlyRecord; year: number; quarter: Quarter }) {
  const { t } = useI18n();
  const sep = t('common.listSeparator');
  const none = t('common.none');
  return (
    <div className="eval-paper print-sheet" data-testid="quarterly-sheet">
      <h1>{t('evaluation.quarterly.sheetTitle', { unit: r.organization.name, year, quarter })}</h1>
      <table>
        <tbody>
          <tr>
            <th style={{ width: '24%' }}>{t('evaluation.quarterly.members')}</th>
            <td data-testid="quarterly-members">{r.members}</td>
          </tr>
          <tr>
            <th>{t('evaluation.quarterly.serving')}</th>
            <td data-testid="quarterly-serving">
              {t('evaluation.quarterly.servingValue', { serving: r.serving, members: r.members, rate: percent(r.serving, r.members) })}
            </td>
          </tr>
          <tr>
            <th>{t('evaluation.quarterly.points')}</th>
            <td data-testid="quarterly-points">{r.points}</td>
          </tr>
          <tr>
            <th>{t('evaluation.quarterly.communities')}</th>
            <td>{r.communities.join(sep) || none}</td>
          </tr>
          <tr>
            <th>{t('evaluation.quarterly.compounds')}</th>
            <td>{r.compounds.join(sep) || none}</td>
          </tr>
        </tbody>
      </table>

      <h2>{t('evaluation.quarterly.services')}</h2>
      <ServicesTable services={r.services} none={t('evaluation.quarterly.servicesNone')} testId="quarterly-services" />

      <h2>{t('evaluation.quarterly.top')}</h2>
      {r.topMembers.length === 0 ? (
        <p className="print-muted">{t('evaluation.quarterly.topNone')}</p>
      ) : (
        <table data-testid="quarterly-top">
          <thead>
            <tr>
              <th style={{ width: '10%' }}>{t('evaluation.col.rank')}</th>
              <th>{t('evaluation.quarterly.col.name')}</th>
              <th style={{ width: '20%' }}>{t('evaluation.quarterly.col.services')}</th>
              <th style={{ width: '24%' }}>{t('evaluation.feedback.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {r.topMembers.map((m, i) => (
              // Names may repeat; the rank is the row's identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows never move
              <tr key={i}>
                <td>{i + 1}</td>
                <td>{m.name}</td>
                <td>{m.services}</td>
                <td>{m.hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="eval-signatures">
        <div className="eval-signature">
          <div>{t('evaluation.quarterly.signUnit')}</div>
          <div className="eval-signature-line" />
          <div className="eval-signature-date">{t('evaluation.feedback.signDate')}</div>
        </div>
        <div className="eval-signature">
          <div>{t('evaluation.feedback.signCommunity')}</div>
          <div className="eval-signature-line" />
          <div className="eval-signature-date">{t('evaluation.feedback.signDate')}</div>
        </div>
      </div>
    </div>
  );
}
