import { useQueryClient } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { organizationKey, useOrganizations } from '../../api/organizations.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';

type Option = { value: number; label: string };

type Props = {
  value?: number;
  onChange?: (id: number | undefined) => void;
  placeholder: string;
  /** The current unit's name, shown before anything is searched. */
  initialLabel?: string;
  id?: string;
  style?: React.CSSProperties;
  testId?: string;
};

/** A search select over the units the caller sees (name or pinyin initials). */
export function OrganizationSelect({ value, onChange, placeholder, initialLabel, id, style, testId = 'organization-select' }: Props) {
  const t = useT();
  const client = useQueryClient();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useOrganizations({ q, page: 1, pageSize: 30 });
  const [chosen, setChosen] = useState<Option | null>(value !== undefined && initialLabel ? { value, label: initialLabel } : null);

  const options: Option[] = (found.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);

  return (
    <Select<number, Option>
      id={id}
      style={style}
      data-testid={testId}
      value={value}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        // The list row already has the unit's party organisations: the form need not wait for them.
        const picked = found.data?.items.find((o) => o.id === next);
        if (picked && client.getQueryData(organizationKey(picked.id)) === undefined) client.setQueryData(organizationKey(picked.id), picked);
        onChange?.(next);
      }}
      allowClear
      placeholder={placeholder}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={found.isFetching ? t('common.loading') : t('organizations.none')}
      options={options}
    />
  );
}
