import { List } from 'antd-mobile';
import type { z } from 'zod';
import type { ScoreLineDto } from '#contracts/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { lineAmount, plainAmount } from './evaluationLogic.js';

type Line = z.infer<typeof ScoreLineDto>;

const LINE_TEXT: Record<Line['item'], MessageKey> = {
  base: 'evalPhone.line.base',
  points: 'evalPhone.line.points',
  reviews: 'evalPhone.line.reviews',
  visits: 'evalPhone.line.visits',
};

const amountClass = (line: Line) => (line.item === 'base' ? 'ev-base' : line.amount < 0 ? 'ev-minus' : 'ev-plus');

/** 得分怎么来的: the base, then each addition or deduction with the server's working, then the score. */
export function ScoreLines({ lines, score, testId }: { lines: readonly Line[]; score: number; testId: string }) {
  const { t } = useI18n();
  return (
    <List mode="card" header={t('evalPhone.mine.how')} data-testid={testId}>
      {lines.map((line) => (
        <List.Item
          // Each item appears once in a result.
          key={line.item}
          data-testid={`${testId}-${line.item}`}
          description={<span className="ev-detail">{line.detail}</span>}
          extra={
            <span className={amountClass(line)} data-testid={`${testId}-${line.item}-amount`}>
              {lineAmount(line)}
            </span>
          }
        >
          {t(LINE_TEXT[line.item])}
        </List.Item>
      ))}
      <List.Item
        extra={
          <span className="ev-base" data-testid={`${testId}-total`}>
            {plainAmount(score)}
          </span>
        }
      >
        <b>{t('evalPhone.mine.total')}</b>
      </List.Item>
    </List>
  );
}
