import { useMemo } from 'react';
import { GRADE_LABELS, GRADES, type Grade } from '#contracts/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useEChart } from '../shared/useEChart.js';
import { GRADE_CHART_COLORS } from './EvaluationBits.js';

/** Members by grade, 优秀 to 较差. */
export function GradeChart({ counts }: { counts: Record<Grade, number> }) {
  const { t, label } = useI18n();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: GRADES.map((g) => label(GRADE_LABELS[g])), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('evaluation.chart.members'),
          type: 'bar',
          barMaxWidth: 48,
          label: { show: true, position: 'top' },
          data: GRADES.map((g, i) => ({ value: counts[g], itemStyle: { color: GRADE_CHART_COLORS[i] } })),
        },
      ],
    }),
    [counts, label, t],
  );
  const element = useEChart(option);
  return <div ref={element} data-testid="eval-grade-chart" style={{ width: '100%', height: 240 }} />;
}
