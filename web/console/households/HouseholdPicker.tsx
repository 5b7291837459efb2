import { Select, Typography } from 'antd';
import { useState } from 'react';
import { useHouseholds } from '../../api/households.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';

type Option = { value: number; label: string };

type Props = {
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** The current household's address, shown before anything is searched. */
  initialLabel?: string;
  disabled?: boolean;
  id?: string;
};

/** Finds a household by door number or address text (`/api/households?q=`). */
export function HouseholdPicker({ value, onChange, initialLabel, disabled, id }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useHouseholds({ q, page: 1, pageSize: 30 }, q !== '');
  const [chosen, setChosen] = useState<Option | null>(value !== undefined && initialLabel ? { value, label: initialLabel } : null);

  const options: Option[] = q === '' ? [] : (found.data?.items ?? []).map((h) => ({ value: h.id, label: h.address }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);

  return (
    <Select<number, Option>
      id={id}
      data-testid="household-picker"
      value={value}
      disabled={disabled}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange?.(next);
      }}
      allowClear
      placeholder={t('households.picker.placeholder')}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={
        q === '' ? (
          <Typography.Text type="secondary">{t('households.picker.hint')}</Typography.Text>
        ) : found.isFetching ? (
          t('common.loading')
        ) : (
          t('households.none')
        )
      }
      options={options}
    />
  );
}
