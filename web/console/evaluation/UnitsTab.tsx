import { Empty, Flex, Table, Typography } from 'antd';
import { type UnitEvaluation, useUnitEvaluations } from '../../api/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { GradeTag, ScoreLines } from './EvaluationBits.js';

const GRADE_ORDER = { excellent: 0, good: 1, fair: 2, poor: 3 } as const;

/** 单位: the units graded county-wide, best first; each row unfolds into its lines. */
export function UnitsTab({ year }: { year: number }) {
  const { t } = useI18n();
  const units = useUnitEvaluations(year);
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('evaluation.units.hint')}</Typography.Text>
      <Table<UnitEvaluation>
        data-testid="eval-units-table"
        rowKey="id"
        size="middle"
        loading={units.isFetching}
        dataSource={units.data ?? []}
        pagination={{ showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        expandable={{ expandedRowRender: (u) => <ScoreLines lines={u.lines} score={u.score} testId={`unit-lines-${u.id}`} /> }}
        onRow={(u) => ({ 'data-testid': `unit-row-${u.organization.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('evaluation.col.unit'), key: 'unit', render: (_, u) => u.organization.name },
          {
            title: t('evaluation.col.score'),
            dataIndex: 'score',
            width: 110,
            align: 'right',
            sorter: (a, b) => a.score - b.score,
            defaultSortOrder: 'descend',
          },
          {
            title: t('evaluation.col.grade'),
            key: 'grade',
            width: 110,
            sorter: (a, b) => GRADE_ORDER[b.grade] - GRADE_ORDER[a.grade],
            render: (_, u) => <GradeTag grade={u.grade} />,
          },
        ]}
        locale={{ emptyText: <Empty description={units.isError ? t('common.loadFailed') : t('evaluation.units.empty')} /> }}
      />
    </Flex>
  );
}
