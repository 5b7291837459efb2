import { Button, Card, Col, Flex, Input, Row, Select, Switch, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PLACE_KINDS, type PlaceKind } from '#contracts/labels.js';
import { getPlace, placeKeys } from '../../api/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { type PlaceChange, PlaceDetail } from './PlaceDetail.js';
import { PlaceSearchResults } from './PlaceSearchResults.js';
import { PlaceTreeView } from './PlaceTreeView.js';
import { usePlaceTree } from './usePlaceTree.js';

/** 地点: the place tree on the left, the selected place on the right; `?id=` keeps the selection. */
export function PlacesPage() {
  const { t, kindLabel } = useI18n();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const selectedId = Number(params.get('id')) || null;
  const [showRetired, setShowRetired] = useState(false);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<PlaceKind | undefined>(undefined);
  // The hits replace the tree until one is picked; searching again brings them back.
  const [showHits, setShowHits] = useState(false);
  const [page, setPage] = useState(1);
  const tree = usePlaceTree(showRetired);

  const [focusId, setFocusId] = useState<number | null>(null);
  const select = (id: number) => {
    setFocusId(id);
    setParams({ id: String(id) }, { replace: true });
  };

  /** Selects a place and opens the tree down to it. */
  const pick = async (id: number) => {
    select(id);
    const detail = await queryClient.fetchQuery({ queryKey: placeKeys.detail(id), queryFn: () => getPlace(id) }).catch(() => null);
    if (detail) await tree.reveal(detail.ancestors.map((a) => a.id));
  };

  // A link with ?id= opens the tree down to that place once; else the scope root opens, selected.
  const revealed = useRef(false);
  useEffect(() => {
    if (revealed.current) return;
    if (selectedId !== null) {
      revealed.current = true;
      void pick(selectedId);
      return;
    }
    const [root] = tree.roots ?? [];
    if (!root) return;
    revealed.current = true;
    select(root.id);
    if (root.childCount > 0) void tree.loadChildren(root.id).then(() => tree.setExpanded([root.id]));
  });

  /** Reloads the tree, then opens the branch that gained a child, or follows a moved place. */
  const afterChange = async ({ open, focus, follow }: PlaceChange = {}) => {
    await tree.refresh();
    if (open) await tree.reveal(open);
    if (focus !== undefined) setFocusId(focus);
    if (follow !== undefined) await pick(follow);
  };

  const clearSearch = () => {
    setTyped('');
    setQ('');
    setKind(undefined);
    setShowHits(false);
  };
  const searching = showHits && (q !== '' || kind !== undefined);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('places.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card size="small">
            <Flex vertical gap={12}>
              <Flex gap={8}>
                <Input.Search
                  data-testid="place-search"
                  allowClear
                  placeholder={t('places.search.placeholder')}
                  value={typed}
                  onChange={(e) => setTyped(e.target.value)}
                  onSearch={(value) => {
                    setQ(value.trim());
                    setShowHits(true);
                    setPage(1);
                  }}
                />
                <Select<PlaceKind>
                  allowClear
                  style={{ minWidth: 120 }}
                  placeholder={t('places.search.kind')}
                  value={kind}
                  onChange={(value) => {
                    setKind(value);
                    setShowHits(true);
                    setPage(1);
                  }}
                  options={PLACE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
                />
              </Flex>
              <Flex justify="space-between" align="center">
                <Flex align="center" gap={8}>
                  <Switch id="show-retired" size="small" checked={showRetired} onChange={setShowRetired} data-testid="show-retired" />
                  <label htmlFor="show-retired">{t('places.showRetired')}</label>
                </Flex>
                {(q !== '' || kind !== undefined) && (
                  <Button size="small" type="link" onClick={clearSearch}>
                    {t('places.search.clear')}
                  </Button>
                )}
              </Flex>
              {searching ? (
                <PlaceSearchResults
                  q={q}
                  kind={kind}
                  showRetired={showRetired}
                  page={page}
                  onPage={setPage}
                  selectedId={selectedId}
                  onPick={(hit) => {
                    setShowHits(false);
                    void pick(hit.id);
                  }}
                />
              ) : (
                <PlaceTreeView tree={tree} showRetired={showRetired} selectedId={selectedId} focusId={focusId} onSelect={select} />
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <PlaceDetail id={selectedId} onChanged={(change) => void afterChange(change)} onNavigate={(id) => void pick(id)} />
        </Col>
      </Row>
    </Flex>
  );
}
