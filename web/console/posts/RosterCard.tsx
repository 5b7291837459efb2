import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PostDto } from '#contracts/wishes.js';
import { useRoster, useSetRoster } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';
import { RosterGrid } from './RosterGrid.js';
import { RosterPrint } from './RosterPrint.js';
import { plannedCells, sameCells, shiftsOf } from './rosterCells.js';
import { mondayOf, todayIso } from './week.js';
import { WeekPicker } from './WeekPicker.js';

/** 排班: a week's roster for the post's holders — tick who is on duty which day, save, confirm served shifts, print. */
export function RosterCard({ post }: { post: PostDto }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const [monday, setMonday] = useState(() => mondayOf(todayIso()));
  const roster = useRoster(post.id, monday);
  const save = useSetRoster();
  const shifts = roster.data ?? [];
  const [cells, setCells] = useState<Set<string>>(new Set());
  const saved = plannedCells(shifts);
  const dirty = roster.isSuccess && !sameCells(cells, saved);

  // A loaded (or reloaded) week replaces what was ticked.
  useEffect(() => {
    if (roster.data) setCells(plannedCells(roster.data));
  }, [roster.data]);

  const submit = () =>
    save.mutate(
      { id: post.id, weekStart: monday, shifts: shiftsOf(cells) },
      {
        onSuccess: () => void message.success(t('posts.roster.saved')),
        onError: (error) => showError(error),
      },
    );

  // Members on the week's roster who no longer hold the post still get their row.
  const people = [...post.holders];
  for (const s of shifts) if (!people.some((p) => p.id === s.member.id)) people.push(s.member);

  return (
    <>
      <Card
        size="small"
        className="no-print"
        title={t('posts.roster.title')}
        data-testid="roster-card"
        extra={
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!roster.isSuccess} data-testid="roster-print">
            {t('posts.roster.print')}
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <WeekPicker
              monday={monday}
              onChange={(next) => {
                if (!dirty) return setMonday(next);
                modal.confirm({
                  title: t('posts.roster.discard'),
                  okText: t('posts.roster.discard.ok'),
                  cancelText: t('common.cancel'),
                  onOk: () => setMonday(next),
                });
              }}
            />
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={submit} data-testid="roster-save">
              {t('posts.roster.save')}
            </Button>
          </Flex>
          {people.length === 0 ? (
            <Empty description={t('posts.roster.noHolders')} data-testid="roster-empty" />
          ) : (
            <Spin spinning={roster.isFetching}>
              <RosterGrid post={post} monday={monday} people={people} shifts={shifts} cells={cells} onCells={setCells} dirty={dirty} />
            </Spin>
          )}
          {roster.isError && <Typography.Text type="danger">{t('common.loadFailed')}</Typography.Text>}
          <Typography.Text type="secondary">{t('posts.roster.hint')}</Typography.Text>
        </Flex>
      </Card>
      {roster.isSuccess && <RosterPrint post={post} monday={monday} shifts={shifts} />}
    </>
  );
}
