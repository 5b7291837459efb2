import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import type { PlaceSearchHitDto } from '#contracts/places.js';
import { placeKeys, searchPlaces } from '../../api/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';

type Option = { value: number; label: string; path: string };

type Props = {
  value?: number;
  onChange?: (id: number | undefined) => void;
  placeholder: string;
  /** Which hits may be chosen; the others are not offered. */
  accept?: (hit: PlaceSearchHitDto) => boolean;
  /** What to show for the current value before anything is searched. */
  initialLabel?: string;
  id?: string;
  style?: React.CSSProperties;
};

/** A search select over the caller's places (name, code or pinyin), showing each hit's path. */
export function PlacePicker({ value, onChange, placeholder, accept, initialLabel, id, style }: Props) {
  const { t, kindLabel } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const search = { q, page: 1, pageSize: 30 };
  const hits = useQuery({ queryKey: placeKeys.search(search), queryFn: () => searchPlaces(search) });

  // The chosen option stays listed after the search moves on, so the select can still show its label.
  const [chosen, setChosen] = useState<Option | null>(value !== undefined && initialLabel ? { value, label: initialLabel, path: '' } : null);

  const options: Option[] = (hits.data?.items ?? [])
    .filter((hit) => !accept || accept(hit))
    .map((hit) => ({
      value: hit.id,
      label: `${hit.name} · ${kindLabel(hit.kind)}`,
      path: hit.pathNames.join(' / '),
    }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);

  return (
    <Select<number, Option>
      id={id}
      style={style}
      data-testid="place-picker"
      value={value}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange?.(next);
      }}
      allowClear
      placeholder={placeholder}
      loading={hits.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={hits.isFetching ? t('common.loading') : t('places.search.none')}
      options={options}
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
