import { Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMembers } from '../../api/members.js';
import { useOrganizations } from '../../api/organizations.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';
import { OWNER_KEYS } from './DeliberationBits.js';
import type { Owner, OwnerKind, Ref } from './deliberationLogic.js';

type Option = { value: number; label: string; hint: string };
type Labelled = { value: number; label: string };

type BaseProps = {
  options: Option[];
  loading: boolean;
  typed: string;
  onSearch: (q: string) => void;
  placeholder: string;
  testId: string;
  id?: string;
  style?: React.CSSProperties;
};
type Single = { multiple?: false; value?: Ref; onChange?: (value: Ref | undefined) => void };
type Multiple = { multiple: true; value?: Ref[]; onChange?: (value: Ref[]) => void };

/** A search select whose value carries the names: the record sends members and units with their names. */
function RefSelect(props: BaseProps & (Single | Multiple)) {
  const { t } = useI18n();
  const chosen: Ref[] = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  const options = [...props.options];
  for (const ref of chosen) if (!options.some((o) => o.value === ref.id)) options.push({ value: ref.id, label: ref.name, hint: '' });
  const nameOf = (id: number) => options.find((o) => o.value === id)?.label ?? String(id);
  const common = {
    id: props.id,
    style: props.style,
    'data-testid': props.testId,
    labelInValue: true,
    allowClear: true,
    placeholder: props.placeholder,
    loading: props.loading,
    showSearch: { filterOption: false, onSearch: props.onSearch, searchValue: props.typed },
    notFoundContent: props.loading ? t('common.loading') : t('delib.picker.none'),
    options,
    optionRender: (option: { data: Option }) => (
      <div data-option-id={option.data.value}>
        <div>{option.data.label}</div>
        {option.data.hint && (
          <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
            {option.data.hint}
          </Typography.Text>
        )}
      </div>
    ),
  };
  if (props.multiple) {
    const onChange = props.onChange;
    return (
      <Select<Labelled[], Option>
        {...common}
        mode="multiple"
        value={chosen.map((r) => ({ value: r.id, label: r.name }))}
        onChange={(next) => onChange?.((next ?? []).map((v) => ({ id: v.value, name: nameOf(v.value) })))}
      />
    );
  }
  const onChange = props.onChange;
  const current = chosen[0];
  return (
    <Select<Labelled, Option>
      {...common}
      value={current ? { value: current.id, label: current.name } : undefined}
      onChange={(next) => onChange?.(next ? { id: next.value, name: nameOf(next.value) } : undefined)}
    />
  );
}

type PickerProps = { id?: string; testId: string; style?: React.CSSProperties } & (Single | Multiple);

/** Party members by name or pinyin initials: those living in the community first; a typed search reaches all the caller sees. */
export function MemberRefSelect({ communityId, ...props }: PickerProps & { communityId?: number }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useMembers({ q, placeId: q ? undefined : communityId, status: 'active', page: 1, pageSize: 30 });
  const options = (found.data?.items ?? []).map((m) => ({ value: m.id, label: m.name, hint: m.home?.address ?? m.organization?.name ?? '' }));
  return <RefSelect {...props} options={options} loading={found.isFetching} typed={typed} onSearch={setTyped} placeholder={t('delib.picker.member')} />;
}

/** Units (work units) the caller sees, by name or pinyin initials. */
export function UnitRefSelect(props: PickerProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useOrganizations({ q, page: 1, pageSize: 30 });
  const options = (found.data?.items ?? []).map((o) => ({ value: o.id, label: o.name, hint: o.place.name }));
  return <RefSelect {...props} options={options} loading={found.isFetching} typed={typed} onSearch={setTyped} placeholder={t('delib.picker.unit')} />;
}

const OWNER_KINDS: OwnerKind[] = ['member', 'unit', 'staff'];

/** 责任人: a member or a unit picked from the lists, or a staff member's name typed in. */
export function OwnerField({
  value,
  onChange,
  communityId,
  testId,
  id,
}: {
  value?: Partial<Owner>;
  onChange?: (owner: Partial<Owner>) => void;
  communityId?: number;
  testId: string;
  id?: string;
}) {
  const { t } = useI18n();
  const kind: OwnerKind = value?.kind ?? 'member';
  const picked = value?.id !== undefined && value.name ? { id: value.id, name: value.name } : undefined;
  const pick = (ref: Ref | undefined) => onChange?.({ kind, ...(ref ? { id: ref.id, name: ref.name } : { name: '' }) });
  return (
    <Space.Compact style={{ width: '100%' }} id={id}>
      <Select<OwnerKind>
        data-testid={`${testId}-kind`}
        style={{ width: 110 }}
        value={kind}
        onChange={(next) => onChange?.({ kind: next, name: '' })}
        options={OWNER_KINDS.map((k) => ({ value: k, label: t(OWNER_KEYS[k]) }))}
      />
      {kind === 'member' && <MemberRefSelect testId={`${testId}-member`} style={{ flex: 1 }} communityId={communityId} value={picked} onChange={pick} />}
      {kind === 'unit' && <UnitRefSelect testId={`${testId}-unit`} style={{ flex: 1 }} value={picked} onChange={pick} />}
      {kind === 'staff' && (
        <Input
          data-testid={`${testId}-name`}
          style={{ flex: 1 }}
          maxLength={40}
          placeholder={t('delib.picker.staff')}
          value={value?.name ?? ''}
          onChange={(e) => onChange?.({ kind: 'staff', name: e.target.value })}
        />
      )}
    </Space.Compact>
  );
}
