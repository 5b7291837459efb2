import { App, Button, Card, Checkbox, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSchedule, useSetSchedule } from '../../api/deliberation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { daysText } from './deliberationLogic.js';

const MONTH_DAYS = Array.from({ length: 28 }, (_, i) => i + 1);
const MAX_DAYS = 4;

/** 议事日: the days of the month a community meets (the 1st and 15th unless set), and the next ones coming. */
export function ScheduleTab() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const own = account.community?.id;
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const placeId = own ?? picked;

  return (
    <Flex vertical gap={12}>
      {own === undefined && (
        <PlacePicker
          style={{ width: 260 }}
          placeholder={t('delib.meeting.pickCommunity')}
          accept={(hit) => hit.kind === 'community'}
          value={picked}
          onChange={setPicked}
        />
      )}
      {placeId === undefined ? <Empty description={t('delib.schedule.pick')} data-testid="schedule-pick" /> : <ScheduleCard key={placeId} placeId={placeId} />}
    </Flex>
  );
}

function ScheduleCard({ placeId }: { placeId: number }) {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const { message } = App.useApp();
  const manage = can.manageDeliberation(account.role);
  const schedule = useSchedule(placeId);
  const save = useSetSchedule(placeId);
  const showError = useApiError();
  const [days, setDays] = useState<number[]>([]);
  const saved = schedule.data?.days ?? [];
  const sep = t('common.listSeparator');

  useEffect(() => {
    if (schedule.data) setDays(schedule.data.days);
  }, [schedule.data]);

  if (schedule.isPending) return <Spin />;
  if (schedule.isError) return <Empty description={t('common.loadFailed')} />;
  const changed = daysText(days, ',') !== daysText(saved, ',');

  return (
    <Card size="small" title={t('delib.schedule.title')} style={{ maxWidth: 640 }} data-testid="schedule-card">
      <Flex vertical gap={12}>
        <Typography.Text data-testid="schedule-days">{t('delib.schedule.current', { days: daysText(saved, sep) })}</Typography.Text>
        <Flex gap={6} wrap align="center" data-testid="schedule-next">
          <Typography.Text type="secondary">{t('delib.schedule.next')}</Typography.Text>
          {schedule.data.next.map((day) => (
            <Tag key={day} color="blue">
              {day}
            </Tag>
          ))}
        </Flex>
        {manage && (
          <>
            <Typography.Text type="secondary">{t('delib.schedule.hint', { max: MAX_DAYS })}</Typography.Text>
            <Checkbox.Group value={days} onChange={(next) => setDays([...next].sort((a, b) => a - b))} data-testid="schedule-picker">
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 64px)', gap: 6 }}>
                {MONTH_DAYS.map((day) => (
                  <Checkbox key={day} value={day} disabled={!days.includes(day) && days.length >= MAX_DAYS} data-testid={`schedule-day-${day}`}>
                    {day}
                  </Checkbox>
                ))}
              </div>
            </Checkbox.Group>
            <Flex gap={8}>
              <Button
                type="primary"
                disabled={!changed || days.length === 0}
                loading={save.isPending}
                data-testid="schedule-save"
                onClick={() =>
                  save.mutate(days, {
                    onSuccess: (next) => void message.success(t('delib.schedule.saved', { days: daysText(next.days, sep) })),
                    onError: (e) => showError(e),
                  })
                }
              >
                {t('common.save')}
              </Button>
              <Button disabled={!changed} onClick={() => setDays(saved)}>
                {t('delib.schedule.reset')}
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </Card>
  );
}
