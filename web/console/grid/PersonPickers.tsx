import { Select, Typography } from 'antd';
import { useState } from 'react';
import { useMembers } from '../../api/members.js';
import { useResidents } from '../../api/residents.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';

type Option = { value: number; label: string; hint: string };

type Props = {
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** Learns the chosen person's name, for the confirmation message. */
  onPicked?: (name: string | undefined) => void;
  id?: string;
};

function PersonSelect({
  value,
  onChange,
  onPicked,
  id,
  options,
  loading,
  onSearch,
  typed,
  placeholder,
  testId,
  disabled,
}: Props & { options: Option[]; loading: boolean; onSearch: (q: string) => void; typed: string; placeholder: string; testId: string; disabled?: boolean }) {
  const t = useT();
  // The chosen person stays listed after the search moves on, so the select keeps their name.
  const [chosen, setChosen] = useState<Option | null>(null);
  const shown = chosen && chosen.value === value && !options.some((o) => o.value === value) ? [chosen, ...options] : options;
  return (
    <Select<number, Option>
      id={id}
      data-testid={testId}
      value={value}
      disabled={disabled}
      onChange={(next) => {
        const picked = shown.find((o) => o.value === next) ?? null;
        setChosen(picked);
        onChange?.(next);
        onPicked?.(picked?.label);
      }}
      allowClear
      placeholder={placeholder}
      loading={loading}
      showSearch={{ filterOption: false, onSearch, searchValue: typed }}
      notFoundContent={loading ? t('common.loading') : t('grid.appoint.none')}
      options={shown}
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

/**
 * A party member by name or pinyin initials: those living in the community first; a typed search
 * reaches every member the caller sees (the server checks they live or are registered there).
 */
export function GridMemberPicker({ communityId, ...props }: Props & { communityId: number | undefined }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useMembers({ q, placeId: q ? undefined : communityId, status: 'active', page: 1, pageSize: 30 });
  const options = (found.data?.items ?? []).map((m) => ({
    value: m.id,
    label: m.phone ? `${m.name} · ${m.phone}` : m.name,
    hint: m.home?.address ?? m.organization?.name ?? '',
  }));
  return (
    <PersonSelect
      {...props}
      options={options}
      loading={found.isFetching}
      onSearch={setTyped}
      typed={typed}
      placeholder={t('grid.appoint.memberHint')}
      testId="grid-appoint-member"
    />
  );
}

/** A resident living in the building (楼栋长), by name. */
export function GridResidentPicker({ placeId, ...props }: Props & { placeId: number | undefined }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useResidents({ q, placeId, page: 1, pageSize: 30 }, placeId !== undefined);
  const options =
    placeId === undefined ? [] : (found.data?.items ?? []).map((r) => ({ value: r.id, label: r.phone ? `${r.name} · ${r.phone}` : r.name, hint: r.address }));
  return (
    <PersonSelect
      {...props}
      options={options}
      loading={found.isFetching}
      onSearch={setTyped}
      typed={typed}
      placeholder={t('grid.appoint.residentHint')}
      testId="grid-appoint-resident"
      disabled={placeId === undefined}
    />
  );
}
