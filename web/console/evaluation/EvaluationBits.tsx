import { Flex, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { GRADE_LABELS, type Grade } from '#contracts/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { beijingDay, linesTotal, serviceTotals, signedAmount, yearOf, yearOptions } from './evaluationFormat.js';

// Small pieces the 双评价 pages share: grade tags, the score's lines, the year select.

export const GRADE_COLORS: Record<Grade, string> = { excellent: 'red', good: 'blue', fair: 'gold', poor: 'default' };
/** The chart's colours, in the grades' order. */
export const GRADE_CHART_COLORS = ['#c8161d', '#1677ff', '#faad14', '#8c8c8c'];

export const currentYear = () => yearOf(beijingDay());

export function GradeTag({ grade, testId }: { grade: Grade; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={GRADE_COLORS[grade]} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {label(GRADE_LABELS[grade])}
    </Tag>
  );
}

/** The grade, marked 已调整 when the community adjusted it, the reason (and the grade as computed) in a tooltip. */
export function GradeCell({ grade, computedGrade, adjustReason, testId }: { grade: Grade; computedGrade: Grade; adjustReason: string | null; testId: string }) {
  const { t, label } = useI18n();
  return (
    <Flex gap={4} align="center" wrap>
      <GradeTag grade={grade} testId={`${testId}-tag`} />
      {adjustReason !== null && (
        <Tooltip
          title={
            <div data-testid={`${testId}-reason`}>
              <div>{t('evaluation.grade.reason', { reason: adjustReason })}</div>
              {computedGrade !== grade && <div>{t('evaluation.grade.computed', { grade: label(GRADE_LABELS[computedGrade]) })}</div>}
            </div>
          }
        >
          <Tag color="orange" variant="outlined" data-testid={`${testId}-adjusted`} style={{ cursor: 'help', marginInlineEnd: 0 }}>
            {t('evaluation.grade.adjusted')}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

type Line = { item: 'base' | 'points' | 'reviews' | 'visits'; amount: number; detail: string };

/** 得分是怎么来的: each line with its basis and amount, summed to the score. */
export function ScoreLines({ lines, score, testId }: { lines: Line[]; score: number; testId: string }) {
  const { t } = useI18n();
  return (
    <div data-testid={testId} data-score={score}>
      <Typography.Text strong>{t('evaluation.lines.title')}</Typography.Text>
      <Table<Line>
        size="small"
        pagination={false}
        rowKey={(l) => l.item}
        dataSource={lines}
        style={{ maxWidth: 720, marginTop: 8 }}
        columns={[
          { title: t('evaluation.lines.item'), key: 'item', width: 120, render: (_, l) => t(`evaluation.line.${l.item}`) },
          { title: t('evaluation.lines.detail'), dataIndex: 'detail' },
          {
            title: t('evaluation.lines.amount'),
            key: 'amount',
            width: 90,
            align: 'right',
            render: (_, l) => (
              <Typography.Text
                data-testid={`${testId}-amount`}
                data-amount={l.amount}
                type={l.item === 'base' ? undefined : l.amount > 0 ? 'success' : l.amount < 0 ? 'danger' : 'secondary'}
              >
                {signedAmount(l.amount, l.item === 'base')}
              </Typography.Text>
            ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{t('evaluation.lines.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Typography.Text strong data-testid={`${testId}-total`}>
                {linesTotal(lines)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </div>
  );
}

/** This year and the earlier ones. */
export function YearSelect({ value, onChange, testId }: { value: number; onChange: (year: number) => void; testId: string }) {
  const { t } = useI18n();
  return (
    <Select<number>
      data-testid={testId}
      aria-label={t('evaluation.yearLabel')}
      style={{ width: 120 }}
      value={value}
      onChange={onChange}
      options={yearOptions(currentYear()).map((year) => ({ value: year, label: t('evaluation.year', { year }) }))}
    />
  );
}

const SOURCES = ['order', 'wish', 'activity', 'duty'] as const;
type Source = (typeof SOURCES)[number];
const isSource = (s: string): s is Source => (SOURCES as readonly string[]).includes(s);

/** A printed table of services by kind (次数, 小时) with its total — on the 反馈卡 and the 季度服务纪实. */
export function ServicesTable({ services, none, testId }: { services: { source: string; count: number; hours: number }[]; none: string; testId: string }) {
  const { t } = useI18n();
  if (!services.length) return <p className="print-muted">{none}</p>;
  const totals = serviceTotals(services);
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>{t('evaluation.feedback.kind')}</th>
          <th style={{ width: '20%' }}>{t('evaluation.feedback.times')}</th>
          <th style={{ width: '24%' }}>{t('evaluation.feedback.hours')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.source}>
            <td>{isSource(s.source) ? t(`evaluation.source.${s.source}`) : s.source}</td>
            <td>{s.count}</td>
            <td>{s.hours}</td>
          </tr>
        ))}
        <tr>
          <th>{t('evaluation.lines.total')}</th>
          <th>{totals.count}</th>
          <th>{totals.hours}</th>
        </tr>
      </tbody>
    </table>
  );
}
