import { Flex, Select } from 'antd';
import {
  MEMBER_STATUS_LABELS,
  MEMBER_STATUSES,
  MEMBER_TYPE_LABELS,
  MEMBER_TYPES,
  type MemberStatus,
  type MemberType,
  TALENT_CLASSES,
  TALENT_LABELS,
  type TalentClass,
} from '#contracts/labels.js';
import type { MemberFilters as Filters } from '../../api/members.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { SearchBox } from '../shared/ListPage.js';

export type MemberFilterValues = Pick<Filters, 'q' | 'organizationId' | 'placeId' | 'talent' | 'memberType' | 'status'>;

type Props = {
  value: MemberFilterValues;
  onChange: (next: MemberFilterValues) => void;
  /** The unit's name when the page was opened from a unit (`?organizationId=`). */
  organizationLabel?: string;
  /** The unit secretary sees their own unit only: no unit filter. */
  showOrganization: boolean;
};

/** Search (name, pinyin initials, phone or ID number) and the member filters. */
export function MemberFilters({ value, onChange, organizationLabel, showOrganization }: Props) {
  const { t, label } = useI18n();
  const set = (patch: Partial<MemberFilterValues>) => onChange({ ...value, ...patch });

  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }}>
      <SearchBox testId="members-search" width={340} placeholder={t('members.search.placeholder')} initial={value.q ?? ''} onSearch={(q) => set({ q })} />
      {showOrganization && (
        <OrganizationSelect
          style={{ minWidth: 200 }}
          placeholder={t('members.filter.organization')}
          value={value.organizationId}
          initialLabel={organizationLabel}
          onChange={(organizationId) => set({ organizationId })}
          testId="members-organization-filter"
        />
      )}
      <PlacePicker style={{ width: 220 }} placeholder={t('members.filter.place')} value={value.placeId} onChange={(placeId) => set({ placeId })} />
      <Select<TalentClass>
        allowClear
        style={{ minWidth: 120 }}
        placeholder={t('members.filter.talent')}
        value={value.talent}
        onChange={(talent) => set({ talent })}
        options={TALENT_CLASSES.map((c) => ({ value: c, label: label(TALENT_LABELS[c]) }))}
        data-testid="members-talent-filter"
      />
      <Select<MemberType>
        allowClear
        style={{ minWidth: 130 }}
        placeholder={t('members.filter.memberType')}
        value={value.memberType}
        onChange={(memberType) => set({ memberType })}
        options={MEMBER_TYPES.map((m) => ({ value: m, label: label(MEMBER_TYPE_LABELS[m]) }))}
        data-testid="members-type-filter"
      />
      <Select<MemberStatus>
        allowClear
        style={{ minWidth: 120 }}
        placeholder={t('members.filter.status')}
        value={value.status}
        onChange={(status) => set({ status })}
        options={MEMBER_STATUSES.map((s) => ({ value: s, label: label(MEMBER_STATUS_LABELS[s]) }))}
        data-testid="members-status-filter"
      />
    </Flex>
  );
}
