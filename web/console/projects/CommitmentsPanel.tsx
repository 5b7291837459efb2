import { Alert, Card, Empty, Flex, Select, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CommitmentDto } from '#contracts/projects.js';
import { useCommitments } from '../../api/projects.js';
import { useT } from '../../i18n/I18nProvider.js';
import { thisYear, yearOptions } from './years.js';

const ZERO_CELL = { style: { background: '#fff1f0' } };

/** 年度共建承诺: each unit owes at least one co-building project a year; the ones at none stand out. */
export function CommitmentsPanel() {
  const t = useT();
  const [year, setYear] = useState(thisYear());
  const rows = useCommitments(year);
  const items = rows.data ?? [];
  const missing = items.filter((r) => r.projects === 0).length;

  const zero = (r: CommitmentDto) => (r.projects === 0 ? ZERO_CELL : {});
  const columns: TableProps<CommitmentDto>['columns'] = [
    { title: t('projects.commit.col.unit'), key: 'unit', onCell: zero, render: (_, r) => r.organization.name },
    {
      title: t('projects.commit.col.projects'),
      key: 'projects',
      width: 200,
      align: 'right',
      sorter: (a, b) => a.projects - b.projects,
      onCell: zero,
      render: (_, r) =>
        r.projects === 0 ? (
          <Tag color="error" data-testid={`commitment-zero-${r.organization.id}`}>
            {t('projects.commit.none')}
          </Tag>
        ) : (
          <span data-testid={`commitment-count-${r.organization.id}`}>{r.projects}</span>
        ),
    },
  ];

  return (
    <Card size="small">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('projects.commit.year')}</Typography.Text>
          <Select<number> data-testid="commitments-year" style={{ width: 120 }} value={year} onChange={setYear} options={yearOptions()} />
        </Flex>
        {items.length > 0 && (
          <Alert
            data-testid="commitments-summary"
            type={missing > 0 ? 'warning' : 'success'}
            showIcon
            title={
              missing > 0 ? t('projects.commit.missing', { missing, total: items.length, year }) : t('projects.commit.allDone', { total: items.length, year })
            }
          />
        )}
        <Table<CommitmentDto>
          data-testid="commitments-table"
          rowKey={(r) => r.organization.id}
          size="middle"
          loading={rows.isFetching}
          columns={columns}
          dataSource={items}
          pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
          locale={{ emptyText: <Empty description={rows.isError ? t('common.loadFailed') : t('projects.commit.empty')} /> }}
        />
      </Flex>
    </Card>
  );
}
