import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { MERCHANT_KIND_LABELS, type MerchantDto } from '#contracts/points.js';
import { useMerchants } from '../../api/points-console.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { usePaging } from '../shared/usePaging.js';
import { MerchantDrawer } from './MerchantDrawer.js';
import { MerchantFormModal, useMerchantAccounts } from './MerchantFormModal.js';

/** 兑换商户: the shops of the caller's places where members spend points, each with its catalogue and monthly statement. */
export function MerchantsPage() {
  const { t, label } = useI18n();
  const { place } = useCurrentSession().account;
  const paging = usePaging();
  const [q, setQ] = useState('');
  const [placeId, setPlaceId] = useState<number | undefined>();
  const [editing, setEditing] = useState<MerchantDto | 'new' | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useMerchants({ q, placeId, page: paging.page, pageSize: paging.pageSize });
  const accounts = useMerchantAccounts();
  const accountName = (id: number | null) => {
    if (id === null) return null;
    const a = accounts.data?.items.find((x) => x.id === id);
    return a ? `${a.displayName}（${a.username}）` : `#${id}`;
  };
  const open = list.data?.items.find((m) => m.id === openId);

  return (
    <ListPage<MerchantDto>
      title={t('points.merchants.title')}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="merchant-add">
          {t('points.merchant.add')}
        </Button>
      }
      search={{
        testId: 'merchants-search',
        placeholder: t('points.merchants.search'),
        width: 220,
        onSearch: (v) => {
          setQ(v);
          paging.restart();
        },
      }}
      filters={
        place.kind !== 'community' && (
          <PlacePicker
            style={{ width: 240 }}
            placeholder={t('points.merchants.place')}
            accept={(hit) => hit.kind === 'community' || hit.kind === 'street'}
            value={placeId}
            onChange={(v) => {
              setPlaceId(v);
              paging.restart();
            }}
          />
        )
      }
      list={list}
      paging={paging}
      filtered={q !== '' || placeId !== undefined}
      emptyText={t('points.merchants.empty')}
      table={{
        'data-testid': 'merchants-table',
        scroll: { x: 1000 },
        columns: [
          {
            title: t('points.merchant.name'),
            key: 'name',
            render: (_, m) => (
              <Typography.Link onClick={() => setOpenId(m.id)} data-testid={`merchant-open-${m.id}`}>
                {m.name}
              </Typography.Link>
            ),
          },
          { title: t('points.merchant.kind'), key: 'kind', width: 100, render: (_, m) => label(MERCHANT_KIND_LABELS[m.kind]) },
          { title: t('points.merchant.place'), key: 'place', width: 140, render: (_, m) => m.place.name },
          { title: t('points.merchant.address'), dataIndex: 'address', ellipsis: true },
          {
            title: t('points.merchant.account'),
            key: 'account',
            width: 160,
            render: (_, m) => accountName(m.accountId) ?? <Typography.Text type="secondary">{t('points.merchant.accountNone')}</Typography.Text>,
          },
          { title: t('points.merchant.items'), dataIndex: 'items', width: 90, align: 'right' },
          { title: t('points.merchant.balance'), dataIndex: 'balance', width: 100, align: 'right' },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_, m) => (
              <Flex gap={8}>
                <Button size="small" onClick={() => setEditing(m)} data-testid={`merchant-edit-${m.id}`}>
                  {t('points.edit')}
                </Button>
                <Button size="small" onClick={() => setOpenId(m.id)} data-testid={`merchant-detail-${m.id}`}>
                  {t('points.merchant.detail')}
                </Button>
              </Flex>
            ),
          },
        ],
      }}
    >
      {editing && <MerchantFormModal merchant={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {open && <MerchantDrawer merchant={open} accountName={accountName(open.accountId)} onClose={() => setOpenId(null)} />}
    </ListPage>
  );
}
