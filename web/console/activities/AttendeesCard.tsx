import { Card, Empty, Flex, Statistic, Table, type TableProps, Tag } from 'antd';
import type { ActivityDto, AttendeeDto } from '#contracts/activities.js';
import { useAttendees } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { hoursText } from './activityTime.js';

/** 报名与签到: who signed up, when they checked in and out, their hours; with the totals above. */
export function AttendeesCard({ activity }: { activity: ActivityDto }) {
  const { t } = useI18n();
  const list = useAttendees(activity.id);
  const rows = list.data ?? [];
  const checkedIn = rows.filter((r) => r.checkInAt).length;
  const checkedOut = rows.filter((r) => r.checkOutAt).length;
  const hours = rows.reduce((sum, r) => sum + r.hours, 0);

  const columns: TableProps<AttendeeDto>['columns'] = [
    { title: '#', key: 'no', width: 56, render: (_, _r, i) => i + 1 },
    { title: t('act.att.name'), key: 'name', render: (_, r) => r.member.name },
    { title: t('act.att.signedUpAt'), key: 'signedUpAt', render: (_, r) => formatTime(r.signedUpAt) },
    {
      title: t('act.att.checkIn'),
      key: 'checkIn',
      render: (_, r) => (r.checkInAt ? formatTime(r.checkInAt) : <Tag>{t('act.att.notYet')}</Tag>),
    },
    {
      title: t('act.att.checkOut'),
      key: 'checkOut',
      render: (_, r) => (r.checkOutAt ? formatTime(r.checkOutAt) : <Tag>{t('act.att.notYet')}</Tag>),
    },
    { title: t('act.att.hours'), key: 'hours', width: 110, render: (_, r) => (r.checkOutAt ? hoursText(r.hours) : '—') },
  ];

  return (
    <Card size="small" title={t('act.att.title')} data-testid="activity-attendees">
      <Flex wrap gap={48} style={{ marginBottom: 16 }} data-testid="activity-totals">
        <Statistic title={t('act.att.total.signedUp')} value={rows.length} suffix={`/ ${activity.capacity}`} />
        <Statistic title={t('act.att.total.checkedIn')} value={checkedIn} />
        <Statistic title={t('act.att.total.checkedOut')} value={checkedOut} />
        <Statistic title={t('act.att.total.hours')} value={hoursText(hours)} />
      </Flex>
      <Table<AttendeeDto>
        rowKey={(r) => r.member.id}
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching && !list.data}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 700 }}
        onRow={(r) => ({ 'data-testid': `attendee-${r.member.id}` }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : t('act.att.empty')} /> }}
      />
    </Card>
  );
}
