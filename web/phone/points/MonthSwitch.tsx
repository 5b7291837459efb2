import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { useI18n } from '../../i18n/I18nProvider.js';
import { monthOf, shiftMonth } from './pointsLogic.js';

/** ‹ 2026-05 ›: the month shown, back without limit, forward up to this month. */
export function MonthSwitch({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const { t } = useI18n();
  const latest = month >= monthOf(Date.now());
  return (
    <div className="pts-month">
      <Button fill="none" onClick={() => onChange(shiftMonth(month, -1))} aria-label={t('shop.month.prev')} data-testid="shop-month-prev">
        <LeftOutlined />
      </Button>
      <span data-testid="shop-month">{month}</span>
      <Button fill="none" disabled={latest} onClick={() => onChange(shiftMonth(month, 1))} aria-label={t('shop.month.next')} data-testid="shop-month-next">
        <RightOutlined />
      </Button>
    </div>
  );
}
