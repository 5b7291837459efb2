import { Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { EntryKind, PointEntryDto } from '#contracts/points.js';
import { useMembers } from '../../api/members.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';
import { signedPoints } from './pointsFormat.js';

/** Points in colour: green earns, red deducts. */
export function PointsText({ value, testId }: { value: number; testId?: string }) {
  return (
    <Typography.Text strong type={value < 0 ? 'danger' : value > 0 ? 'success' : undefined} data-testid={testId}>
      {signedPoints(value)}
    </Typography.Text>
  );
}

const KIND_COLORS: Record<EntryKind, string> = { earn: 'green', deduct: 'red', redeem: 'blue', receive: 'cyan', reverse: 'orange' };

/** 加分, 扣分, 兑换, 兑换收入, and 更正 (or 撤销兑换 when it takes a redemption back). */
export function EntryKindTag({ entry }: { entry: Pick<PointEntryDto, 'kind' | 'source'> }) {
  const t = useT();
  const text = entry.kind === 'reverse' && entry.source === 'redemption' ? t('points.kind.reverseRedemption') : t(`points.kind.${entry.kind}`);
  return <Tag color={KIND_COLORS[entry.kind]}>{text}</Tag>;
}

type Option = { value: number; label: string; hint: string };

/** One party member by name, pinyin initials or phone, among those the caller sees (`/api/members?q=`). */
export function MemberSelect({
  value,
  onChange,
  testId,
  style,
}: {
  value?: number;
  onChange: (id: number | undefined) => void;
  testId: string;
  style?: React.CSSProperties;
}) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const found = useMembers({ q, page: 1, pageSize: 30 });
  // The chosen member stays listed after the search moves on, so the select keeps the name.
  const [chosen, setChosen] = useState<Option | null>(null);
  const options: Option[] = (found.data?.items ?? []).map((m) => ({
    value: m.id,
    label: m.name,
    hint: m.home?.address ?? m.organization?.name ?? '',
  }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);
  return (
    <Select<number, Option>
      data-testid={testId}
      style={style}
      value={value}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange(next);
      }}
      allowClear
      placeholder={t('points.ledger.member')}
      loading={found.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={found.isFetching ? t('common.loading') : t('points.ledger.memberNone')}
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
