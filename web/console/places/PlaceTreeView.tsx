import { Alert, Button, Empty, Spin, Tag, Tree, type TreeDataNode } from 'antd';
import { useEffect, useRef } from 'react';
import type { PlaceDto } from '#contracts/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { PlaceTree } from './usePlaceTree.js';

type Props = {
  tree: PlaceTree;
  showRetired: boolean;
  selectedId: number | null;
  /** The place to bring into view: the selection, or a child just added. */
  focusId: number | null;
  onSelect: (id: number) => void;
};

export function PlaceTitle({ place }: { place: PlaceDto }) {
  const { t, kindLabel } = useI18n();
  return (
    <span style={place.retired ? { color: '#999' } : undefined} data-testid={`place-node-${place.id}`}>
      {place.name}
      <span style={{ color: '#999', fontSize: '0.85em', marginLeft: 6 }}>{kindLabel(place.kind)}</span>
      {place.retired && (
        <Tag style={{ marginLeft: 6 }} variant="filled">
          {t('places.retired')}
        </Tag>
      )}
    </span>
  );
}

/**
 * `childCount` counts active children only; with retired places shown, a branch may hold retired ones
 * anyway, so only the deepest level is known to be a leaf before it is opened.
 */
const isLeaf = (place: PlaceDto, showRetired: boolean) => (showRetired ? place.kind === 'unit' : place.childCount === 0);

function toNodes(places: PlaceDto[], tree: PlaceTree, showRetired: boolean): TreeDataNode[] {
  return places.map((place) => {
    const children = tree.children.get(place.id);
    return {
      key: place.id,
      title: <PlaceTitle place={place} />,
      isLeaf: isLeaf(place, showRetired) || (children !== undefined && children.length === 0),
      children: children ? toNodes(children, tree, showRetired) : undefined,
    };
  });
}

/** The place tree, opened branch by branch. */
export function PlaceTreeView({ tree, showRetired, selectedId, focusId, onSelect }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  // Scroll a newly focused place into view as soon as its branch is open (after a search pick, say),
  // once: later scrolling by hand is left alone.
  const shown = useRef<number | null>(null);
  useEffect(() => {
    if (focusId === null || focusId === shown.current) return;
    const node = box.current?.querySelector(`[data-testid="place-node-${focusId}"]`);
    if (!node) return; // Not loaded yet: try again after the next render.
    node.scrollIntoView({ block: 'nearest' });
    shown.current = focusId;
  });
  if (tree.error && !tree.roots) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('common.loadFailed')}
        action={
          <Button size="small" onClick={() => void tree.refresh()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!tree.roots) return <Spin />;
  if (tree.roots.length === 0) return <Empty description={t('common.empty')} />;

  return (
    // Branches are loaded one at a time, so the open part of the tree stays small enough to render whole.
    <div ref={box} style={{ maxHeight: 'max(320px, calc(100vh - 300px))', overflow: 'auto' }}>
      <Tree
        data-testid="place-tree"
        blockNode
        showLine
        treeData={toNodes(tree.roots, tree, showRetired)}
        expandedKeys={tree.expanded}
        loadedKeys={tree.loaded}
        selectedKeys={selectedId === null ? [] : [selectedId]}
        loadData={async (node) => {
          await tree.loadChildren(Number(node.key));
        }}
        onExpand={(keys) => tree.setExpanded(keys.map(Number))}
        onSelect={(keys) => {
          const [key] = keys;
          if (key !== undefined) onSelect(Number(key));
        }}
      />
    </div>
  );
}
