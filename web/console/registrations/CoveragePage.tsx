import { Card, Empty, Flex, Table, type TableProps, Typography } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { downloadCoverage, useCoverage } from '../../api/registration.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { CoverageChart, type RateBar } from './CoverageChart.js';
import { type CoverageTreeRow, groupByStreet, rate, totals } from './coverageRows.js';
import { DownloadButton } from './DownloadButton.js';

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);
/** Sorts rows without anyone to count below every rate. */
const byRate = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);

/** 报到台账: for each community in scope, how many members and units have registered, by street. */
export function CoveragePage() {
  const t = useT();
  const { place } = useCurrentSession().account;
  const [placeId, setPlaceId] = useState<number | undefined>();
  const coverage = useCoverage(placeId);
  const rows = coverage.data ?? [];
  const tree = useMemo(() => groupByStreet(coverage.data ?? [], t('ledger.coverage.noStreet')), [coverage.data, t]);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  // One street (a street admin, or a street picked): open it and chart its communities.
  const single = tree.length === 1 ? tree[0] : undefined;
  const bars: RateBar[] = useMemo(
    () =>
      (single?.children ?? tree).map((r) => ({
        label: r.name,
        members: rate(r.membersRegistered, r.members),
        units: rate(r.unitsRegistered, r.units),
      })),
    [single, tree],
  );
  const all = totals(rows);

  const columns: TableProps<CoverageTreeRow>['columns'] = [
    {
      title: t('ledger.coverage.col.place'),
      key: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_, r) =>
        r.placeId ? (
          <Link
            to={`/registrations/members?placeId=${r.placeId}&placeName=${encodeURIComponent(r.name)}&status=all`}
            title={t('ledger.coverage.open')}
            data-testid={`coverage-community-${r.placeId}`}
          >
            {r.name}
          </Link>
        ) : (
          <Typography.Text strong>
            {r.name}{' '}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t('ledger.coverage.communities', { count: r.children?.length ?? 0 })}
            </Typography.Text>
          </Typography.Text>
        ),
    },
    {
      title: t('ledger.coverage.group.members'),
      children: [
        { title: t('ledger.coverage.col.members'), dataIndex: 'members', align: 'right', sorter: (a, b) => a.members - b.members },
        {
          title: t('ledger.coverage.col.membersRegistered'),
          dataIndex: 'membersRegistered',
          align: 'right',
          sorter: (a, b) => a.membersRegistered - b.membersRegistered,
        },
        {
          title: t('ledger.coverage.col.rate'),
          key: 'memberRate',
          align: 'right',
          sorter: (a, b) => byRate(rate(a.membersRegistered, a.members), rate(b.membersRegistered, b.members)),
          render: (_, r) => percent(rate(r.membersRegistered, r.members)),
        },
      ],
    },
    {
      title: t('ledger.coverage.group.units'),
      children: [
        { title: t('ledger.coverage.col.units'), dataIndex: 'units', align: 'right', sorter: (a, b) => a.units - b.units },
        {
          title: t('ledger.coverage.col.unitsRegistered'),
          dataIndex: 'unitsRegistered',
          align: 'right',
          sorter: (a, b) => a.unitsRegistered - b.unitsRegistered,
        },
        {
          title: t('ledger.coverage.col.rate'),
          key: 'unitRate',
          align: 'right',
          sorter: (a, b) => byRate(rate(a.unitsRegistered, a.units), rate(b.unitsRegistered, b.units)),
          render: (_, r) => percent(rate(r.unitsRegistered, r.units)),
        },
      ],
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ledger.coverage.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          {place.kind !== 'community' && (
            <PlacePicker
              style={{ width: 260 }}
              placeholder={t('ledger.coverage.place')}
              accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
              value={placeId}
              onChange={(id) => {
                setPlaceId(id);
                setExpanded(null);
              }}
            />
          )}
          <DownloadButton download={() => downloadCoverage(placeId)} testId="coverage-export" />
        </Flex>
      </Flex>
      {rows.length > 0 && (
        <Card size="small" title={single ? t('ledger.coverage.chart.byCommunity') : t('ledger.coverage.chart.byStreet')}>
          <CoverageChart bars={bars} membersName={t('ledger.coverage.series.members')} unitsName={t('ledger.coverage.series.units')} />
        </Card>
      )}
      <Card size="small">
        <Table<CoverageTreeRow>
          data-testid="coverage-table"
          rowKey="key"
          size="middle"
          bordered
          loading={coverage.isFetching}
          columns={columns}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 800 }}
          expandable={{
            expandedRowKeys: expanded ?? (single ? [single.key] : []),
            onExpandedRowsChange: (keys) => setExpanded(keys),
          }}
          locale={{ emptyText: <Empty description={coverage.isError ? t('common.loadFailed') : t('ledger.coverage.empty')} /> }}
          summary={() =>
            rows.length > 0 && (
              <Table.Summary fixed>
                <Table.Summary.Row data-testid="coverage-total">
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('ledger.coverage.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {all.members}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {all.membersRegistered}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {percent(rate(all.membersRegistered, all.members))}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {all.units}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    {all.unitsRegistered}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    {percent(rate(all.unitsRegistered, all.units))}
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
