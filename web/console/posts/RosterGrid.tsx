import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Popconfirm, Table, type TableProps, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { PostDto, ShiftDto } from '#contracts/wishes.js';
import { useMarkShiftDone } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';
import { cellKey } from './rosterCells.js';
import { todayIso, weekDays } from './week.js';

type Person = { id: number; name: string };

type Props = {
  post: PostDto;
  monday: string;
  people: Person[];
  shifts: ShiftDto[];
  cells: Set<string>;
  onCells: (cells: Set<string>) => void;
  /** Unsaved ticks: served shifts are confirmed on the saved roster only. */
  dirty: boolean;
};

/** Seven days × the post's holders: a tick puts a holder on duty that day; a saved shift that is due can be confirmed served. */
export function RosterGrid({ post, monday, people, shifts, cells, onCells, dirty }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const mark = useMarkShiftDone();
  const today = todayIso();
  const shiftAt = new Map(shifts.map((s) => [cellKey(s.member.id, s.date), s]));

  const toggle = (key: string, on: boolean) => {
    const next = new Set(cells);
    if (on) next.add(key);
    else next.delete(key);
    onCells(next);
  };

  const confirmServed = (shift: ShiftDto) =>
    mark.mutate(
      { id: post.id, shiftId: shift.id },
      { onSuccess: () => void message.success(t('posts.roster.served.done', { name: shift.member.name })), onError: (error) => showError(error) },
    );

  const dayColumn = (date: string): NonNullable<TableProps<Person>['columns']>[number] => {
    const day = dayjs(date);
    return {
      key: date,
      align: 'center',
      width: 120,
      title: (
        <div style={date === today ? { color: '#c8161d' } : undefined}>
          <div>{t(`posts.weekday.${day.day()}` as const)}</div>
          <div style={{ fontWeight: 400 }}>{day.format('MM-DD')}</div>
        </div>
      ),
      render: (_, person) => {
        const key = cellKey(person.id, date);
        const shift = shiftAt.get(key);
        if (shift?.done) {
          return (
            <Tag color="success" icon={<CheckCircleFilled />} data-testid={`roster-served-${person.id}-${date}`}>
              {t('posts.roster.served')}
            </Tag>
          );
        }
        const due = shift && date <= today;
        return (
          <Flex vertical align="center" gap={4}>
            <Checkbox
              checked={cells.has(key)}
              onChange={(e) => toggle(key, e.target.checked)}
              aria-label={t('posts.roster.cell', { name: person.name, date })}
              data-testid={`roster-cell-${person.id}-${date}`}
            />
            {due && (
              <Tooltip title={dirty ? t('posts.roster.saveFirst') : undefined}>
                <Popconfirm
                  title={t('posts.roster.served.confirm', { name: person.name, date })}
                  okText={t('posts.roster.served.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => confirmServed(shift)}
                  disabled={dirty}
                >
                  <Button
                    size="small"
                    type="link"
                    disabled={dirty}
                    loading={mark.isPending && mark.variables?.shiftId === shift.id}
                    data-testid={`roster-done-${person.id}-${date}`}
                  >
                    {t('posts.roster.served.mark')}
                  </Button>
                </Popconfirm>
              </Tooltip>
            )}
          </Flex>
        );
      },
    };
  };

  const columns: TableProps<Person>['columns'] = [
    { title: t('posts.roster.member'), key: 'name', fixed: 'left', width: 110, render: (_, p) => p.name },
    ...weekDays(monday).map(dayColumn),
  ];

  return (
    <Table<Person> rowKey="id" size="small" bordered columns={columns} dataSource={people} pagination={false} scroll={{ x: 960 }} data-testid="roster-grid" />
  );
}
