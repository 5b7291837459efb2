import { App, Button, Flex, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import type { SuggestionsDto } from '#contracts/pairing.js';
import { useAcceptSuggestions } from '../../api/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CareTags } from '../households/HouseholdTags.js';
import { useApiError } from '../useApiError.js';

type Pair = SuggestionsDto['pairs'][number];
const keyOf = (p: Pair) => `${p.household.id}-${p.member.id}`;

type Props = { pairs: Pair[]; loading: boolean; onAccepted: (result: { created: number; skipped: number }) => void };

/** The suggested pairs: select some (or take them all), confirm, and they become pairings. */
export function SuggestionTable({ pairs, loading, onAccepted }: Props) {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const showError = useApiError();
  const accept = useAcceptSuggestions();
  const [selected, setSelected] = useState<string[]>([]);

  const confirmAccept = (chosen: Pair[]) => {
    void modal.confirm({
      title: t('pairing.suggest.confirmTitle'),
      content: t('pairing.suggest.confirm', { count: chosen.length }),
      okText: t('pairing.suggest.accept'),
      cancelText: t('common.cancel'),
      onOk: () =>
        accept
          .mutateAsync(chosen.map((p) => ({ householdId: p.household.id, memberId: p.member.id })))
          .then((result) => {
            setSelected([]);
            onAccepted(result);
          })
          .catch((error: unknown) => {
            showError(error);
          }),
    });
  };

  const columns: TableProps<Pair>['columns'] = [
    {
      title: t('pairing.col.household'),
      key: 'household',
      render: (_, p) => (
        <Flex vertical gap={4}>
          <span>{p.household.address}</span>
          <CareTags values={p.household.care} />
        </Flex>
      ),
    },
    { title: t('pairing.col.member'), key: 'member', width: 120, render: (_, p) => p.member.name },
    { title: t('pairing.col.score'), dataIndex: 'score', width: 90, align: 'right', sorter: (a, b) => a.score - b.score },
    {
      title: t('pairing.col.reasons'),
      key: 'reasons',
      render: (_, p) => <Typography.Text type="secondary">{p.reasons.map((r) => r[lang]).join('；')}</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={accept.isPending}
          onClick={() => confirmAccept(pairs.filter((p) => selected.includes(keyOf(p))))}
          data-testid="suggest-accept-selected"
        >
          {t('pairing.suggest.acceptSelected', { count: selected.length })}
        </Button>
        <Button disabled={pairs.length === 0} loading={accept.isPending} onClick={() => confirmAccept(pairs)} data-testid="suggest-accept-all">
          {t('pairing.suggest.acceptAll')}
        </Button>
      </Flex>
      <Table<Pair>
        data-testid="suggest-table"
        rowKey={keyOf}
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={pairs}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          preserveSelectedRowKeys: true,
        }}
        locale={{ emptyText: t('pairing.suggest.empty') }}
      />
    </Flex>
  );
}
