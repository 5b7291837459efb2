import { Breadcrumb, Descriptions, Flex, Tag, Typography } from 'antd';
import { PLACE_KINDS } from '#contracts/labels.js';
import type { PlaceDetailDto } from '#contracts/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';

/** What a place is, where it sits and what lies below it. */
export function PlaceFacts({ place, onNavigate }: { place: PlaceDetailDto; onNavigate: (id: number) => void }) {
  const { t, kindLabel } = useI18n();
  const counts = PLACE_KINDS.filter((kind) => (place.descendantCounts[kind] ?? 0) > 0);

  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      size="small"
      bordered
      items={[
        { key: 'kind', label: t('places.field.kind'), children: kindLabel(place.kind) },
        { key: 'name', label: t('places.field.name'), children: place.name },
        { key: 'code', label: t('places.field.code'), children: <Typography.Text copyable>{place.code}</Typography.Text> },
        {
          key: 'status',
          label: t('places.field.status'),
          children: place.retired ? <Tag>{t('places.retired')}</Tag> : <Tag color="green">{t('places.active')}</Tag>,
        },
        {
          key: 'path',
          label: t('places.field.path'),
          span: 'filled',
          children: (
            <Breadcrumb
              data-testid="place-breadcrumb"
              items={[
                ...place.ancestors.map((a) => ({
                  key: a.id,
                  title: (
                    <Typography.Link
                      onClick={(e) => {
                        e.preventDefault();
                        onNavigate(a.id);
                      }}
                    >
                      {a.name}
                    </Typography.Link>
                  ),
                })),
                { key: place.id, title: place.name },
              ]}
            />
          ),
        },
        { key: 'createdAt', label: t('places.field.createdAt'), children: formatTime(place.createdAt) },
        ...(place.retiredAt ? [{ key: 'retiredAt', label: t('places.field.retiredAt'), children: formatTime(place.retiredAt) }] : []),
        { key: 'children', label: t('places.field.children'), children: place.childCount },
        {
          key: 'counts',
          label: t('places.counts'),
          span: 'filled',
          children:
            counts.length === 0 ? (
              <Typography.Text type="secondary">{t('places.counts.none')}</Typography.Text>
            ) : (
              <Flex wrap gap={8} data-testid="place-counts">
                {counts.map((kind) => (
                  <Tag key={kind}>
                    {kindLabel(kind)} {place.descendantCounts[kind]}
                  </Tag>
                ))}
              </Flex>
            ),
        },
      ]}
    />
  );
}
