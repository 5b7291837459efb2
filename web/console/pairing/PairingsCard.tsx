import { Button, Card, Empty, Flex, Segmented, Table, type TableProps } from 'antd';
import { useState } from 'react';
import type { HouseholdPairingDto } from '#contracts/pairing.js';
import { usePairings } from '../../api/pairing.js';
import { useT } from '../../i18n/I18nProvider.js';
import { HouseholdPicker } from '../households/HouseholdPicker.js';
import { CareTags, HouseholdLabelTag } from '../households/HouseholdTags.js';
import { usePaging } from '../shared/usePaging.js';
import { MemberPicker } from '../teams/MemberPicker.js';
import { EndPairingModal } from './EndPairingModal.js';

type Props = { placeId: number | undefined; canManage: boolean };

/** The pairings of the community: filter by member or household, 结束结对 with a reason. */
export function PairingsCard({ placeId, canManage }: Props) {
  const t = useT();
  const paging = usePaging();
  const [memberId, setMemberId] = useState<number | undefined>();
  const [householdId, setHouseholdId] = useState<number | undefined>();
  const [active, setActive] = useState<'true' | 'false'>('true');
  const [ending, setEnding] = useState<HouseholdPairingDto | null>(null);
  const list = usePairings({ placeId, memberId, householdId, active, page: paging.page, pageSize: paging.pageSize }, placeId !== undefined);
  const restart =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      paging.restart();
    };

  const columns: TableProps<HouseholdPairingDto>['columns'] = [
    { title: t('pairing.col.household'), key: 'address', render: (_, p) => p.household.address },
    { title: t('pairing.col.label'), key: 'label', width: 110, render: (_, p) => <HouseholdLabelTag value={p.household.label} /> },
    { title: t('pairing.col.care'), key: 'care', render: (_, p) => <CareTags values={p.household.care} /> },
    { title: t('pairing.col.member'), key: 'member', width: 110, render: (_, p) => p.member.name },
    { title: t('pairing.col.start'), dataIndex: 'startDate', width: 120 },
    ...(active === 'false'
      ? [
          { title: t('pairing.col.end'), dataIndex: 'endDate', width: 120 },
          { title: t('pairing.end.reason'), dataIndex: 'endReason' },
        ]
      : []),
    ...(canManage && active === 'true'
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, p: HouseholdPairingDto) => (
              <Button size="small" danger onClick={() => setEnding(p)} data-testid={`pairing-end-${p.id}`}>
                {t('pairing.end')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card size="small" title={t('pairing.list.title')}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <div style={{ width: 220 }}>
          <MemberPicker placeId={placeId} value={memberId ? [memberId] : []} onChange={(ids) => restart(setMemberId)(ids.at(-1))} />
        </div>
        <div style={{ width: 300 }}>
          <HouseholdPicker value={householdId} onChange={restart(setHouseholdId)} />
        </div>
        <Segmented<'true' | 'false'>
          value={active}
          onChange={restart(setActive)}
          options={[
            { value: 'true', label: t('pairing.list.active') },
            { value: 'false', label: t('pairing.list.ended') },
          ]}
          data-testid="pairings-active"
        />
      </Flex>
      <Table<HouseholdPairingDto>
        data-testid="pairings-table"
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : t('pairing.list.empty')} /> }}
      />
      {ending && <EndPairingModal pairing={{ id: ending.id, member: ending.member.name, address: ending.household.address }} onClose={() => setEnding(null)} />}
    </Card>
  );
}
