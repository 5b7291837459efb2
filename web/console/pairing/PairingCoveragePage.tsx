import { Card, Empty, Flex, Segmented, Table, type TableProps, Typography } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { type CoverageBy, downloadCoverageBy, useCoverageBy } from '../../api/grid.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { CoverageChart, type RateBar } from '../registrations/CoverageChart.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { byGrid, byStreet, chartLevel, groupKeys, type PairingTreeRow, percentOf, totalOf } from './coverageTree.js';

const shown = (value: number | null) => (value === null ? '—' : `${value}%`);

/** 包联覆盖: per community (or per grid), how many key households have a member and how many are visited on time. */
export function PairingCoveragePage() {
  const t = useT();
  const { place } = useCurrentSession().account;
  const [placeId, setPlaceId] = useState<number | undefined>();
  const [by, setBy] = useState<CoverageBy>('community');
  const coverage = useCoverageBy(placeId, by);
  const rows = coverage.data ?? [];
  const tree = useMemo(
    () =>
      by === 'grid'
        ? byGrid(coverage.data ?? [], t('pairing.coverage.noStreet'), t('grid.coverage.ungridded'))
        : byStreet(coverage.data ?? [], t('pairing.coverage.noStreet')),
    [coverage.data, by, t],
  );
  // Several streets: chart the streets; one: its communities; one community: its grids.
  const chart = chartLevel(tree);
  const bars: RateBar[] = useMemo(
    () =>
      chart.rows.map((r) => ({
        label: r.name,
        members: percentOf(r.covered, r.keyHouseholds),
        units: percentOf(r.onTime, r.keyHouseholds),
      })),
    [chart.rows],
  );
  const chartTitle = {
    street: 'pairing.coverage.chart.byStreet',
    community: 'pairing.coverage.chart.byCommunity',
    grid: 'grid.coverage.chart.byGrid',
  } as const;
  const all = totalOf(rows);
  // Streets and communities open until someone folds them; a new grouping opens them again.
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const switchBy = (next: CoverageBy) => {
    setBy(next);
    setExpanded(null);
  };

  const columns: TableProps<PairingTreeRow>['columns'] = [
    {
      title: t(by === 'grid' ? 'grid.coverage.col.place' : 'pairing.coverage.col.place'),
      key: 'name',
      render: (_, r) =>
        r.kind === 'grid' && r.placeId ? (
          <Link to={`/grids/${r.placeId}`} data-testid={`coverage-grid-${r.placeId}`}>
            {r.name}
          </Link>
        ) : r.kind === 'ungridded' ? (
          <Typography.Text type="secondary">{r.name}</Typography.Text>
        ) : r.children ? (
          <Typography.Text strong>{r.name}</Typography.Text>
        ) : (
          r.name
        ),
    },
    { title: t('pairing.coverage.col.key'), dataIndex: 'keyHouseholds', align: 'right', sorter: (a, b) => a.keyHouseholds - b.keyHouseholds },
    { title: t('pairing.coverage.col.covered'), dataIndex: 'covered', align: 'right' },
    {
      title: t('pairing.coverage.col.coveredRate'),
      key: 'coveredRate',
      align: 'right',
      sorter: (a, b) => (percentOf(a.covered, a.keyHouseholds) ?? -1) - (percentOf(b.covered, b.keyHouseholds) ?? -1),
      render: (_, r) => shown(percentOf(r.covered, r.keyHouseholds)),
    },
    { title: t('pairing.coverage.col.onTime'), dataIndex: 'onTime', align: 'right' },
    {
      title: t('pairing.coverage.col.onTimeRate'),
      key: 'onTimeRate',
      align: 'right',
      sorter: (a, b) => (percentOf(a.onTime, a.keyHouseholds) ?? -1) - (percentOf(b.onTime, b.keyHouseholds) ?? -1),
      render: (_, r) => shown(percentOf(r.onTime, r.keyHouseholds)),
    },
    {
      title: t('pairing.coverage.col.overdue'),
      dataIndex: 'overdue',
      align: 'right',
      render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pairing.coverage.title')}
        </Typography.Title>
        <Flex wrap gap={8} align="center">
          <Segmented<CoverageBy>
            aria-label={t('grid.coverage.by')}
            value={by}
            onChange={switchBy}
            options={[
              { value: 'community', label: t('grid.coverage.byCommunity') },
              { value: 'grid', label: t('grid.coverage.byGrid') },
            ]}
            data-testid="pairing-coverage-by"
          />
          <DownloadButton download={() => downloadCoverageBy(placeId, by)} testId="pairing-coverage-export" />
          {place.kind !== 'community' && (
            <PlacePicker
              style={{ width: 260 }}
              placeholder={t('pairing.coverage.place')}
              accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
              value={placeId}
              onChange={setPlaceId}
            />
          )}
        </Flex>
      </Flex>
      {rows.length > 0 && (
        <Card size="small" title={t(chartTitle[chart.level])}>
          <CoverageChart bars={bars} membersName={t('pairing.coverage.col.coveredRate')} unitsName={t('pairing.coverage.col.onTimeRate')} />
        </Card>
      )}
      <Card size="small">
        <Table<PairingTreeRow>
          data-testid="pairing-coverage-table"
          rowKey="key"
          size="middle"
          bordered
          loading={coverage.isFetching}
          columns={columns}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 800 }}
          expandable={{ expandedRowKeys: expanded ?? groupKeys(tree), onExpandedRowsChange: (keys) => setExpanded(keys) }}
          locale={{ emptyText: <Empty description={coverage.isError ? t('common.loadFailed') : t('pairing.coverage.empty')} /> }}
          summary={() =>
            rows.length > 0 && (
              <Table.Summary fixed>
                <Table.Summary.Row data-testid="pairing-coverage-total">
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('pairing.coverage.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {all.keyHouseholds}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {all.covered}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {shown(percentOf(all.covered, all.keyHouseholds))}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {all.onTime}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    {shown(percentOf(all.onTime, all.keyHouseholds))}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    {all.overdue}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              </Table.Summary>
            )
          }
        />
      </Card>
    </Flex>
  );
}
