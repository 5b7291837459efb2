import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import { placeKeys, searchPlaces } from '../../api/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';

export type PickedPlace = { value: number; name: string; label: string; path: string };

type Props = {
  id?: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** Told of the chosen places with their names, for the confirmation. */
  onPicked?: (places: PickedPlace[]) => void;
};

/** Several streets or communities of the caller's places, searched by name, code or pinyin. */
export function PlacesSelect({ id, value, onChange, onPicked }: Props) {
  const { t, kindLabel } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const search = { q, page: 1, pageSize: 30 };
  const hits = useQuery({ queryKey: placeKeys.search(search), queryFn: () => searchPlaces(search) });
  // The chosen stay listed while the search moves on, so their labels still show.
  const [chosen, setChosen] = useState<PickedPlace[]>([]);

  const found: PickedPlace[] = (hits.data?.items ?? [])
    .filter((hit) => hit.kind === 'street' || hit.kind === 'community')
    .map((hit) => ({ value: hit.id, name: hit.name, label: `${hit.name} · ${kindLabel(hit.kind)}`, path: hit.pathNames.join(' / ') }));
  const options = [...chosen.filter((c) => !found.some((f) => f.value === c.value)), ...found];

  return (
    <Select<number[], PickedPlace>
      id={id}
      mode="multiple"
      data-testid="emergency-places"
      value={value}
      onChange={(ids) => {
        const picked = ids.map((v) => options.find((o) => o.value === v)).filter((o): o is PickedPlace => o !== undefined);
        setChosen(picked);
        onPicked?.(picked);
        onChange?.(ids);
      }}
      placeholder={t('emergency.start.placesHint')}
      loading={hits.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={hits.isFetching ? t('common.loading') : t('places.search.none')}
      options={options}
      maxCount={50}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.path && (
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
              {option.data.path}
            </Typography.Text>
          )}
        </div>
      )}
    />
  );
}
