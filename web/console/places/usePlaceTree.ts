import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlaceDto } from '#contracts/places.js';
import { listPlaces } from '../../api/places.js';

export type PlaceTreeState = {
  /** The caller's scope root (one item), or null while loading. */
  roots: PlaceDto[] | null;
  /** Loaded children by parent id. */
  children: ReadonlyMap<number, PlaceDto[]>;
  expanded: number[];
  loaded: number[];
  error: unknown;
};

/**
 * The lazily loaded place tree: the root first, then each branch's children when it is opened.
 * `refresh()` reloads every loaded branch, after a change or when retired places are shown or hidden.
 */
export function usePlaceTree(showRetired: boolean) {
  const [state, setState] = useState<PlaceTreeState>({ roots: null, children: new Map(), expanded: [], loaded: [], error: null });
  // The loaded branches, read by refresh() without re-creating it on every load.
  const loadedRef = useRef<number[]>([]);
  loadedRef.current = state.loaded;

  const loadChildren = useCallback(
    async (id: number) => {
      const list = await listPlaces(id, showRetired);
      setState((s) => ({
        ...s,
        children: new Map(s.children).set(id, list),
        loaded: s.loaded.includes(id) ? s.loaded : [...s.loaded, id],
      }));
      return list;
    },
    [showRetired],
  );

  const refresh = useCallback(async () => {
    try {
      const [roots, ...branches] = await Promise.all([
        listPlaces(null, showRetired),
        ...loadedRef.current.map(async (id) => [id, await listPlaces(id, showRetired).catch(() => [])] as const),
      ]);
      setState((s) => ({ ...s, roots, children: new Map(branches), loaded: branches.map(([id]) => id), error: null }));
    } catch (error) {
      setState((s) => ({ ...s, error }));
    }
  }, [showRetired]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const setExpanded = useCallback((expanded: number[]) => setState((s) => ({ ...s, expanded })), []);

  /** Opens the branches down to a place (ids from the root to its parent), loading what is missing. */
  const reveal = useCallback(
    async (ancestorIds: number[]) => {
      for (const id of ancestorIds) {
        if (!loadedRef.current.includes(id)) {
          await loadChildren(id).catch(() => []);
          loadedRef.current = [...loadedRef.current, id];
        }
      }
      setState((s) => ({ ...s, expanded: [...new Set([...s.expanded, ...ancestorIds])] }));
    },
    [loadChildren],
  );

  return { ...state, loadChildren, refresh, setExpanded, reveal };
}

export type PlaceTree = ReturnType<typeof usePlaceTree>;
