import { EditOutlined, GiftOutlined, HeartOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';

type Entry = { key: string; to: string; icon: ReactNode; text: MessageKey; hint?: MessageKey };

const ENTRIES: Partial<Record<Role, Entry[]>> = {
  resident: [
    { key: 'new', to: '/m/wishes/new', icon: <EditOutlined />, text: 'wishes.phone.new', hint: 'wishes.me.newHint' },
    { key: 'mine', to: '/m/wishes', icon: <HeartOutlined />, text: 'wishes.phone.household.title' },
  ],
  member: [
    { key: 'open', to: '/m/wishes?tab=open', icon: <HeartOutlined />, text: 'wishes.me.open', hint: 'wishes.me.openHint' },
    { key: 'claimed', to: '/m/wishes?tab=mine', icon: <GiftOutlined />, text: 'wishes.phone.tab.mine' },
  ],
};

/** 微心愿 on the Me page (for MePage to place): residents wish and thank; members claim and fulfil. */
export function WishEntries({ role }: { role: Role }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const entries = ENTRIES[role];
  if (!entries) return null;
  return (
    <List mode="card" header={t('wishes.title')} className="phone-section" data-testid="me-wishes">
      {entries.map((e) => (
        <List.Item key={e.key} prefix={e.icon} description={e.hint ? t(e.hint) : undefined} onClick={() => navigate(e.to)} data-testid={`me-wishes-${e.key}`}>
          {t(e.text)}
        </List.Item>
      ))}
    </List>
  );
}
