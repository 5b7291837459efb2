import { Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { PLACE_KINDS, type PlaceKind } from '#contracts/labels.js';
import type { PlaceEventDto } from '#contracts/places.js';
import { usePlaceHistory } from '../../api/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { formatTime } from '../../shared/time.js';

const COLORS: Record<PlaceEventDto['action'], string> = {
  created: 'green',
  renamed: 'blue',
  moved: 'blue',
  retired: 'red',
  restored: 'green',
};

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'places.field.name',
  code: 'places.field.code',
  kind: 'places.field.kind',
  parentName: 'places.move.parent',
  parentId: 'places.history.parentId',
  reason: 'places.retire.reason',
};

const isKind = (value: unknown): value is PlaceKind => PLACE_KINDS.some((k) => k === value);

/** One line per changed field: "名称：旧名 → 新名". */
function Changes({ event }: { event: PlaceEventDto }) {
  const { t, kindLabel } = useI18n();
  const before = event.before ?? {};
  const after = event.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    // The parent's name says more than its id; the id stays when there is no name.
    (key) => !(key === 'parentId' && 'parentName' in after),
  );
  const show = (value: unknown) => (value === undefined || value === null || value === '' ? '—' : isKind(value) ? kindLabel(value) : String(value));
  return (
    <>
      {keys.map((key) => {
        const label = FIELD_LABELS[key];
        const changed = key in before;
        return (
          <div key={key}>
            <Typography.Text type="secondary">{label ? t(label) : key}</Typography.Text>{' '}
            {changed && (
              <>
                <Typography.Text delete>{show(before[key])}</Typography.Text> →{' '}
              </>
            )}
            {key in after ? show(after[key]) : null}
          </div>
        );
      })}
    </>
  );
}

/** 变更历史: who changed what, newest first as the server sends it. */
export function PlaceHistory({ id }: { id: number }) {
  const { t } = useI18n();
  const history = usePlaceHistory(id);
  if (history.isPending) return <Spin />;
  if (history.isError) return <Empty description={t('common.loadFailed')} />;
  if (history.data.length === 0) return <Empty description={t('places.history.empty')} />;

  return (
    <Timeline
      data-testid="place-history"
      items={history.data.map((event) => ({
        key: event.id,
        color: COLORS[event.action],
        content: (
          <div>
            <Tag color={COLORS[event.action]}>{t(`places.history.${event.action}`)}</Tag>
            <Typography.Text type="secondary">{t('places.history.by', { actor: event.actorName, time: formatTime(event.at) })}</Typography.Text>
            <Changes event={event} />
          </div>
        ),
      }))}
    />
  );
}
