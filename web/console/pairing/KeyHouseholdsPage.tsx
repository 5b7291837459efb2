import { Button, Flex, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CARE_CATEGORIES, CARE_CATEGORY_LABELS, type CareCategory } from '#contracts/labels.js';
import type { KeyHouseholdDto } from '#contracts/pairing.js';
import { useKeyHouseholds } from '../../api/pairing.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CareTags, HouseholdLabelTag } from '../households/HouseholdTags.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage, SearchBox } from '../shared/ListPage.js';
import { usePaging } from '../shared/usePaging.js';
import { BuildingGrid } from './BuildingGrid.js';
import { VerifyModal } from './VerifyModal.js';

type View = 'table' | 'buildings';
type Covered = 'all' | 'true' | 'false';
/** The grid shows a whole community at once: the server's largest page. */
const GRID_PAGE = 200;

/** 重点户台账: key households with who looks after them, their last visit and open needs; 复核 corrects a label. */
export function KeyHouseholdsPage() {
  const { t, label } = useI18n();
  const { place } = useCurrentSession().account;
  const paging = usePaging();
  const [view, setView] = useState<View>('table');
  // Opened from 数据看板 with `?covered=&placeId=&placeName=`.
  const [params] = useSearchParams();
  const [placeId, setPlaceId] = useState<number | undefined>(Number(params.get('placeId')) || undefined);
  const [care, setCare] = useState<CareCategory | undefined>();
  const [covered, setCovered] = useState<Covered>(params.get('covered') === 'true' ? 'true' : params.get('covered') === 'false' ? 'false' : 'all');
  const [q, setQ] = useState('');
  const [verifying, setVerifying] = useState<KeyHouseholdDto | null>(null);
  const grid = view === 'buildings';
  const list = useKeyHouseholds({
    placeId,
    care,
    covered: covered === 'all' ? undefined : covered,
    q,
    page: grid ? 1 : paging.page,
    pageSize: grid ? GRID_PAGE : paging.pageSize,
  });
  const rows = (list.data?.items ?? []).map((r) => ({ ...r, id: r.household.id }));
  const restart =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      paging.restart();
    };

  const filters = (
    <>
      <SearchBox testId="key-search" placeholder={t('pairing.key.search')} width={220} onSearch={restart(setQ)} />
      {place.kind !== 'community' && place.kind !== 'grid' && (
        <PlacePicker
          style={{ width: 240 }}
          placeholder={t('pairing.community.pick')}
          accept={(hit) => hit.kind === 'community' || hit.kind === 'street'}
          value={placeId}
          initialLabel={params.get('placeName') ?? undefined}
          onChange={restart(setPlaceId)}
        />
      )}
      <Select<CareCategory>
        allowClear
        style={{ width: 160 }}
        placeholder={t('pairing.col.care')}
        value={care}
        onChange={restart(setCare)}
        options={CARE_CATEGORIES.map((c) => ({ value: c, label: label(CARE_CATEGORY_LABELS[c]) }))}
        data-testid="key-care"
      />
      <Segmented<Covered>
        value={covered}
        onChange={restart(setCovered)}
        options={[
          { value: 'all', label: t('pairing.key.all') },
          { value: 'true', label: t('pairing.key.covered') },
          { value: 'false', label: t('pairing.key.uncovered') },
        ]}
        data-testid="key-covered"
      />
      <Segmented<View>
        value={view}
        onChange={setView}
        options={[
          { value: 'table', label: t('pairing.key.view.table') },
          { value: 'buildings', label: t('pairing.key.view.buildings') },
        ]}
        data-testid="key-view"
      />
    </>
  );

  const verifyModal = verifying && <VerifyModal row={verifying} onClose={() => setVerifying(null)} />;

  if (grid) {
    return (
      <Flex vertical gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pairing.key.title')}
        </Typography.Title>
        <Flex wrap gap={8} align="center">
          {filters}
        </Flex>
        {list.data && list.data.total > GRID_PAGE && <Typography.Text type="warning">{t('pairing.key.gridCapped', { max: GRID_PAGE })}</Typography.Text>}
        <BuildingGrid rows={list.data?.items ?? []} onVerify={setVerifying} />
        {verifyModal}
      </Flex>
    );
  }

  return (
    <ListPage<KeyHouseholdDto & { id: number }>
      title={t('pairing.key.title')}
      filters={filters}
      list={{ ...list, data: list.data && { ...list.data, items: rows } }}
      paging={paging}
      filtered={care !== undefined || covered !== 'all' || q !== '' || placeId !== undefined}
      emptyText={t('pairing.key.empty')}
      table={{
        'data-testid': 'key-table',
        scroll: { x: 1100 },
        columns: [
          { title: t('pairing.col.household'), key: 'address', render: (_, r) => r.household.address },
          { title: t('pairing.col.label'), key: 'label', width: 110, render: (_, r) => <HouseholdLabelTag value={r.household.label} /> },
          { title: t('pairing.col.care'), key: 'care', render: (_, r) => <CareTags values={r.household.care} /> },
          {
            title: t('pairing.col.members'),
            key: 'members',
            width: 140,
            render: (_, r) =>
              r.members.length ? r.members.map((m) => m.name).join('、') : <Typography.Text type="danger">{t('pairing.key.uncovered')}</Typography.Text>,
          },
          { title: t('pairing.col.lastVisit'), key: 'lastVisit', width: 120, render: (_, r) => r.lastVisit ?? '—' },
          { title: t('pairing.col.openNeeds'), dataIndex: 'openNeeds', width: 100, align: 'right' },
          {
            title: t('pairing.col.verified'),
            key: 'verified',
            width: 170,
            render: (_, r) =>
              r.verifiedAt ? (
                `${r.verifiedAt.slice(0, 10)} ${r.verifiedBy ?? ''}`
              ) : (
                <Typography.Text type="secondary">{t('pairing.key.notVerified')}</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, r) => (
              <Button size="small" onClick={() => setVerifying(r)} data-testid={`key-verify-${r.household.id}`}>
                {t('pairing.verify')}
              </Button>
            ),
          },
        ],
      }}
    >
      {verifyModal}
    </ListPage>
  );
}
