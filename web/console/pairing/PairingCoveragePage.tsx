import { Card, Empty, Flex, Table, type TableProps, Typography } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { downloadPairingCoverage, usePairingCoverage } from '../../api/pairing.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { CoverageChart, type RateBar } from '../registrations/CoverageChart.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { byStreet, type PairingTreeRow, percentOf, totalOf } from './coverageTree.js';

const shown = (value: number | null) => (value === null ? '—' : `${value}%`);

/** 包联覆盖: per community, how many key households have a member and how many are visited on time. */
export function PairingCoveragePage() {
  const t = useT();
  const { place } = useCurrentSession().account;
  const [placeId, setPlaceId] = useState<number | undefined>();
  const coverage = usePairingCoverage(placeId);
  const rows = coverage.data ?? [];
  const tree = useMemo(() => byStreet(coverage.data ?? [], t('pairing.coverage.noStreet')), [coverage.data, t]);
  // One street: chart its communities; several: chart the streets.
  const single = tree.length === 1 ? tree[0] : undefined;
  const bars: RateBar[] = useMemo(
    () =>
      (single?.children ?? tree).map((r) => ({
        label: r.name,
        members: percentOf(r.covered, r.keyHouseholds),
        units: percentOf(r.onTime, r.keyHouseholds),
      })),
    [single, tree],
  );
  const all = totalOf(rows);
  // Streets open until someone folds them.
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);

  const columns: TableProps<PairingTreeRow>['columns'] = [
    {
      title: t('pairing.coverage.col.place'),
      key: 'name',
      render: (_, r) => (r.placeId ? r.name : <Typography.Text strong>{r.name}</Typography.Text>),
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
        <DownloadButton download={() => downloadPairingCoverage(placeId)} testId="pairing-coverage-export" />
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
      {rows.length > 0 && (
        <Card size="small" title={single ? t('pairing.coverage.chart.byCommunity') : t('pairing.coverage.chart.byStreet')}>
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
          expandable={{ expandedRowKeys: expanded ?? tree.map((r) => r.key), onExpandedRowsChange: (keys) => setExpanded(keys) }}
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
