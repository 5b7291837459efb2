import { Card, Empty, Result, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { usePlace } from '../../api/places.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlaceActions, type PlaceDialog } from './PlaceActions.js';
import { PlaceDialogs } from './PlaceDialogs.js';
import { PlaceFacts } from './PlaceFacts.js';
import { PlaceHistory } from './PlaceHistory.js';

/** What the tree should show after a change: open branches, a place to scroll to, a moved place to follow. */
export type PlaceChange = { open?: number[]; focus?: number; follow?: number };

type Props = {
  id: number | null;
  /** After a change: the tree reloads its branches and shows what changed. */
  onChanged: (change?: PlaceChange) => void;
  /** A breadcrumb link: select that place. */
  onNavigate: (id: number) => void;
};

/** The selected place: facts, history and, for managers, the actions. */
export function PlaceDetail({ id, onChanged, onNavigate }: Props) {
  const { t, kindLabel } = useI18n();
  const { account } = useCurrentSession();
  const place = usePlace(id);
  const [dialog, setDialog] = useState<PlaceDialog | null>(null);
  const [tab, setTab] = useState('detail');

  if (id === null) {
    return (
      <Card data-testid="place-detail">
        <Empty description={t('places.selectHint')} />
      </Card>
    );
  }
  if (place.isPending) {
    return (
      <Card data-testid="place-detail">
        <Spin />
      </Card>
    );
  }
  if (place.isError) {
    return (
      <Card data-testid="place-detail">
        <Result status="warning" title={t('common.loadFailed')} />
      </Card>
    );
  }

  const detail = place.data;
  const manage = can.managePlaces(account.role);
  // The scope root itself is managed from above: only children may be added to it.
  const isScopeRoot = detail.id === account.place.id;

  return (
    <Card
      data-testid="place-detail"
      title={
        <span>
          <Tag color="red">{kindLabel(detail.kind)}</Tag>
          <span data-testid="place-detail-name">{detail.name}</span>
          {detail.retired && <Tag style={{ marginLeft: 8 }}>{t('places.retired')}</Tag>}
        </span>
      }
      extra={manage && <PlaceActions place={detail} isScopeRoot={isScopeRoot} onOpen={setDialog} onChanged={onChanged} />}
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'detail', label: t('places.tab.detail'), children: <PlaceFacts place={detail} onNavigate={onNavigate} /> },
          { key: 'history', label: t('places.tab.history'), children: <PlaceHistory id={detail.id} /> },
        ]}
      />
      {dialog && (
        <PlaceDialogs
          dialog={dialog}
          place={detail}
          onClose={() => setDialog(null)}
          onDone={(added) => {
            const done = dialog;
            setDialog(null);
            if (added) onChanged({ open: [...detail.ancestors.map((a) => a.id), detail.id], focus: added.id });
            else if (done === 'move') onChanged({ follow: detail.id });
            else onChanged();
          }}
        />
      )}
    </Card>
  );
}
