import { Card, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { CARE_CATEGORY_LABELS, HOUSEHOLD_LABEL_LABELS } from '#contracts/labels.js';
import type { KeyHouseholdDto } from '#contracts/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { HOUSEHOLD_LABEL_COLORS } from '../households/HouseholdTags.js';
import { doorOf, groupByBuilding } from './buildings.js';

type Props = { rows: KeyHouseholdDto[]; onVerify?: (row: KeyHouseholdDto) => void };

/** 按楼栋: one card per building, one tile per household in its five-colour label; no map. */
export function BuildingGrid({ rows, onVerify }: Props) {
  const { t, label } = useI18n();
  const groups = useMemo(() => groupByBuilding(rows, (r) => r.household.address), [rows]);
  if (groups.length === 0) return <Empty description={t('pairing.key.empty')} />;

  return (
    <Flex vertical gap={12} data-testid="key-buildings">
      <Flex gap={8} wrap>
        {Object.entries(HOUSEHOLD_LABEL_COLORS).map(([value, color]) => (
          <Tag key={value} color={color}>
            {label(HOUSEHOLD_LABEL_LABELS[value as keyof typeof HOUSEHOLD_LABEL_COLORS])}
          </Tag>
        ))}
      </Flex>
      {groups.map((g) => (
        <Card key={g.building} size="small" title={g.building} data-testid="key-building">
          <Flex gap={8} wrap>
            {g.rows.map((r) => (
              <Tooltip
                key={r.household.id}
                title={
                  <>
                    <div>{r.household.address}</div>
                    <div>{r.household.care.map((c) => label(CARE_CATEGORY_LABELS[c])).join('、') || '—'}</div>
                    <div>{t('pairing.key.tile.members', { names: r.members.map((m) => m.name).join('、') || t('pairing.key.uncovered') })}</div>
                  </>
                }
              >
                <Tag
                  color={HOUSEHOLD_LABEL_COLORS[r.household.label]}
                  style={{ minWidth: 88, padding: '6px 8px', cursor: onVerify ? 'pointer' : 'default', textAlign: 'center' }}
                  onClick={() => onVerify?.(r)}
                  data-testid={`key-tile-${r.household.id}`}
                >
                  <div>{doorOf(r.household.address, g.building)}</div>
                  <Typography.Text style={{ fontSize: 12 }} type={r.members.length ? undefined : 'danger'}>
                    {r.members.length ? r.members.map((m) => m.name).join('、') : t('pairing.key.uncovered')}
                  </Typography.Text>
                </Tag>
              </Tooltip>
            ))}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
