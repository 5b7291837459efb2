import { TreeSelect } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { PlaceKind } from '#contracts/labels.js';
import { listPlaces } from '../../api/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { rolesAt } from './gridRoles.js';

export type GridPlace = { id: number; name: string; kind: PlaceKind };
type Node = { id: number; pId: number | null; value: number; title: string; isLeaf: boolean; disabled: boolean; kind: PlaceKind; name: string };

type Props = {
  /** The grid (or compound) the page shows: the top of the tree. */
  root: GridPlace;
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** The chosen place, so the form can offer the roles that suit it. */
  onPicked?: (place: GridPlace | undefined) => void;
  id?: string;
};

/** The grid and the places below it (buildings, stairwell units), loaded a level at a time from the places API. */
export function GridPlaceSelect({ root, value, onChange, onPicked, id }: Props) {
  const { kindLabel } = useI18n();
  const node = useCallback(
    (p: GridPlace & { childCount?: number }, parentId: number | null): Node => ({
      id: p.id,
      pId: parentId,
      value: p.id,
      title: `${p.name} · ${kindLabel(p.kind)}`,
      isLeaf: p.kind === 'unit' || p.childCount === 0,
      disabled: rolesAt(p.kind).length === 0,
      kind: p.kind,
      name: p.name,
    }),
    [kindLabel],
  );
  const [nodes, setNodes] = useState<Node[]>(() => [node(root, null)]);
  const [loaded, setLoaded] = useState<Set<number>>(new Set());

  const load = useCallback(
    async (parentId: number) => {
      if (loaded.has(parentId)) return;
      const children = await listPlaces(parentId, false);
      setLoaded((prev) => new Set(prev).add(parentId));
      setNodes((prev) => [...prev.filter((n) => n.pId !== parentId), ...children.map((c) => node(c, parentId))]);
    },
    [loaded, node],
  );

  // The grid's buildings are listed at once; their units when opened.
  useEffect(() => {
    void load(root.id).catch(() => undefined);
  }, [load, root.id]);

  return (
    <TreeSelect<number>
      id={id}
      data-testid="grid-appoint-place"
      value={value}
      onChange={(next) => {
        onChange?.(next);
        const picked = nodes.find((n) => n.id === next);
        onPicked?.(picked && { id: picked.id, name: picked.name, kind: picked.kind });
      }}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={nodes}
      treeDefaultExpandedKeys={[root.id]}
      loadData={(n) => load(Number(n.value))}
      showSearch={{ treeNodeFilterProp: 'title' }}
      style={{ width: '100%' }}
    />
  );
}
