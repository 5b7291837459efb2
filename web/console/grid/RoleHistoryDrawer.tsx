import { Drawer, Empty, Table, type TableProps } from 'antd';
import { GRID_ROLE_LABELS, type GridRoleDto } from '#contracts/grid.js';
import { useGridRoles } from '../../api/grid.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { usePaging } from '../shared/usePaging.js';

/** 卸任记录: ended appointments at the grid and below, newest first, with their reasons. */
export function RoleHistoryDrawer({ placeId, onClose }: { placeId: number; onClose: () => void }) {
  const { t, label } = useI18n();
  const paging = usePaging(10);
  const list = useGridRoles({ placeId, active: 'false', page: paging.page, pageSize: paging.pageSize });
  const columns: TableProps<GridRoleDto>['columns'] = [
    { title: t('grid.history.col.role'), key: 'role', width: 130, render: (_, r) => label(GRID_ROLE_LABELS[r.role]) },
    { title: t('grid.history.col.person'), key: 'person', width: 110, render: (_, r) => r.person.name },
    { title: t('grid.history.col.place'), key: 'place', width: 100, render: (_, r) => r.place.name },
    { title: t('grid.history.col.period'), key: 'period', width: 200, render: (_, r) => `${r.startDate} ~ ${r.endDate ?? ''}` },
    { title: t('grid.history.col.reason'), dataIndex: 'endReason' },
  ];
  return (
    <Drawer open size={760} title={t('grid.history.title')} onClose={onClose} data-testid="grid-role-history">
      <Table<GridRoleDto>
        rowKey="id"
        size="small"
        columns={columns}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={paging.pagination(list.data?.total)}
        onChange={(pagination) => paging.follow(pagination)}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : t('grid.history.empty')} /> }}
      />
    </Drawer>
  );
}
