import { PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Empty, Flex, Popconfirm, Table, type TableProps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ORDER_CATEGORY_LABELS } from '#contracts/labels.js';
import type { NeedListDto } from '#contracts/projects.js';
import { useNeedList, usePublishNeedList } from '../../api/projects.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { NeedListPrint, needStatusLabel } from './NeedListPrint.js';
import { type ProjectStart, ProjectFormModal } from './ProjectFormModal.js';
import { thisMonth } from './years.js';

type Need = NeedListDto['needs'][number];

/** 需求清单: a community's needs of a month, published once to its registered units and members, and printed. */
export function NeedListPage() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const own = account.place.kind === 'community' ? account.place : null;
  const [picked, setPicked] = useState<number | undefined>();
  const placeId = own?.id ?? picked;
  const [month, setMonth] = useState(thisMonth());
  const list = useNeedList(placeId, month);
  const [starting, setStarting] = useState<ProjectStart | null>(null);
  const data = list.data;

  const columns: TableProps<Need>['columns'] = [
    { title: t('needs.col.no'), key: 'no', width: 64, render: (_, _n, i) => i + 1 },
    { title: t('needs.col.category'), key: 'category', width: 110, render: (_, n) => <Tag>{label(ORDER_CATEGORY_LABELS[n.category])}</Tag> },
    { title: t('needs.col.description'), dataIndex: 'description' },
    { title: t('needs.col.area'), dataIndex: 'area', width: 140 },
    { title: t('needs.col.status'), key: 'status', width: 100, render: (_, n) => needStatusLabel(n.status, label) },
    { title: t('needs.col.createdAt'), key: 'createdAt', width: 150, render: (_, n) => formatTime(n.createdAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, n) =>
        data && (
          <Button
            size="small"
            data-testid={`need-project-${n.id}`}
            onClick={() => setStarting({ placeId: data.place.id, placeName: data.place.name, needIds: [n.id] })}
          >
            {t('needs.toProject')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" vertical gap={16}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('needs.title')}
          </Typography.Title>
          <Flex gap={8} wrap align="center">
            {!own && (
              <PlacePicker
                style={{ width: 260 }}
                placeholder={t('needs.place')}
                accept={(hit) => hit.kind === 'community'}
                value={picked}
                onChange={setPicked}
              />
            )}
            <DatePicker
              picker="month"
              data-testid="needs-month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(day) => day && setMonth(day.format('YYYY-MM'))}
            />
            <Button icon={<PrinterOutlined />} disabled={!data} onClick={() => window.print()} data-testid="needs-print-button">
              {t('needs.print')}
            </Button>
            {data && <PublishButton list={data} />}
          </Flex>
        </Flex>
        {placeId === undefined ? (
          <Card>
            <Empty description={t('needs.pick')} />
          </Card>
        ) : (
          <Card size="small" title={data ? t('needs.print.title', { name: data.place.name, month }) : undefined} extra={data && <PublishedTag list={data} />}>
            <Table<Need>
              data-testid="needs-table"
              rowKey="id"
              size="middle"
              loading={list.isFetching}
              columns={columns}
              dataSource={data?.needs ?? []}
              pagination={false}
              locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : t('needs.empty')} /> }}
            />
          </Card>
        )}
      </Flex>
      {data && <NeedListPrint list={data} />}
      {starting && <ProjectFormModal start={starting} onClose={() => setStarting(null)} />}
    </Flex>
  );
}

function PublishedTag({ list }: { list: NeedListDto }) {
  const t = useI18n().t;
  return list.publishedAt ? (
    <Tag color="success" data-testid="needs-published">
      {t('needs.published', { time: formatTime(list.publishedAt) })}
    </Tag>
  ) : (
    <Tag data-testid="needs-unpublished">{t('needs.unpublished')}</Tag>
  );
}

/** 发布: once a month; the community's registered units and members are told. */
function PublishButton({ list }: { list: NeedListDto }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const publish = usePublishNeedList();
  const showError = useApiError();
  return (
    <Popconfirm
      title={t('needs.publish.title', { month: list.month })}
      description={t('needs.publish.confirm', { count: list.needs.length })}
      okText={t('needs.publish')}
      cancelText={t('common.cancel')}
      disabled={list.publishedAt !== null}
      onConfirm={() =>
        publish.mutateAsync({ placeId: list.place.id, month: list.month }).then(
          () => void message.success(t('needs.publish.done')),
          (error: unknown) => void showError(error),
        )
      }
    >
      <Button type="primary" icon={<SendOutlined />} disabled={list.publishedAt !== null} loading={publish.isPending} data-testid="needs-publish">
        {list.publishedAt ? t('needs.publish.already') : t('needs.publish')}
      </Button>
    </Popconfirm>
  );
}
