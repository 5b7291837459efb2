import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/I18nProvider.js';
import { mondayOf, mondayOfPicked, shiftWeek, todayIso, weekDays } from './week.js';

type Props = { monday: string; onChange: (monday: string) => void };

/** A roster week, Monday to Sunday: step back and forth, jump to this week, or pick any day of a week. */
export function WeekPicker({ monday, onChange }: Props) {
  const { t } = useI18n();
  const thisWeek = mondayOf(todayIso());
  const sunday = weekDays(monday)[6] ?? monday;
  return (
    <Space wrap data-testid="week-picker">
      <Button icon={<LeftOutlined />} onClick={() => onChange(shiftWeek(monday, -1))} aria-label={t('posts.week.prev')} data-testid="week-prev" />
      <DatePicker
        picker="week"
        allowClear={false}
        value={dayjs(monday)}
        onChange={(day) => day && onChange(mondayOfPicked(day))}
        format={() => t('posts.week.range', { from: monday, to: sunday.slice(5) })}
        style={{ width: 230 }}
        data-testid="week-select"
      />
      <Button icon={<RightOutlined />} onClick={() => onChange(shiftWeek(monday, 1))} aria-label={t('posts.week.next')} data-testid="week-next" />
      <Button disabled={monday === thisWeek} onClick={() => onChange(thisWeek)} data-testid="week-this">
        {t('posts.week.this')}
      </Button>
    </Space>
  );
}
