import { Select, Typography } from 'antd';
import { useState } from 'react';
import { useMembers } from '../../api/members.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';

type Option = { value: number; label: string; hint: string };

type Props = {
  /** The community whose members are offered. */
  placeId: number | undefined;
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** Learns the names of the chosen members, for the leader choice. */
  onPicked?: (picked: { id: number; name: string }[]) => void;
  id?: string;
};

/** Picks members living in a community, by name or pinyin initials (`/api/members?placeId=&q=`). */
export function MemberPicker({ placeId, value = [], onChange, onPicked, id }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useMembers({ placeId, q, page: 1, pageSize: 30, status: 'active' });
  // Chosen members stay listed after the search moves on, so their tags keep their names.
  const [chosen, setChosen] = useState<Map<number, Option>>(new Map());

  const options: Option[] =
    placeId === undefined ? [] : (found.data?.items ?? []).map((m) => ({ value: m.id, label: m.name, hint: m.home?.address ?? m.organization?.name ?? '' }));
  for (const picked of value) {
    const known = chosen.get(picked);
    if (known && !options.some((o) => o.value === picked)) options.push(known);
  }

  const change = (ids: number[]) => {
    const next = new Map([...chosen, ...options.map((o) => [o.value, o] as const)].filter(([key]) => ids.includes(key)));
    setChosen(next);
    onChange?.(ids);
    onPicked?.(ids.map((key) => ({ id: key, name: next.get(key)?.label ?? String(key) })));
  };

  return (
    <Select<number[], Option>
      id={id}
      mode="multiple"
      data-testid="member-picker"
      value={value}
      onChange={change}
      disabled={placeId === undefined}
      placeholder={placeId === undefined ? t('teams.field.members.pickPlace') : t('teams.field.members.placeholder')}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={found.isFetching ? t('common.loading') : t('teams.field.members.none')}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.hint && (
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
              {option.data.hint}
            </Typography.Text>
          )}
        </div>
      )}
    />
  );
}
