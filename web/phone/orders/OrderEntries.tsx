import { EditOutlined, FileTextOutlined, FlagOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';

type Entry = { key: string; to: string; icon: ReactNode; text: MessageKey; hint?: MessageKey };

const ENTRIES: Partial<Record<Role, Entry[]>> = {
  resident: [
    { key: 'new', to: '/m/orders/new', icon: <EditOutlined />, text: 'orders.me.new', hint: 'orders.me.newHint' },
    { key: 'mine', to: '/m/orders', icon: <FileTextOutlined />, text: 'orders.me.mine' },
  ],
  member: [
    { key: 'pool', to: '/m/orders?tab=pool', icon: <ThunderboltOutlined />, text: 'orders.me.pool', hint: 'orders.me.poolHint' },
    { key: 'served', to: '/m/orders?tab=mine', icon: <FlagOutlined />, text: 'orders.me.served' },
  ],
};

/** Whether the Me page shows the order entries for this role (and so no "coming soon" tile for 服务). */
export const hasOrderEntries = (role: Role) => ENTRIES[role] !== undefined;

/** 服务 on the Me page: residents ask (我要点单, 我的需求); members serve (接单大厅, 我的服务单). */
export function OrderEntries({ role }: { role: Role }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const entries = ENTRIES[role];
  if (!entries) return null;
  return (
    <List mode="card" header={t('orders.me.title')} className="phone-section" data-testid="me-orders">
      {entries.map((e) => (
        <List.Item key={e.key} prefix={e.icon} description={e.hint ? t(e.hint) : undefined} onClick={() => navigate(e.to)} data-testid={`me-orders-${e.key}`}>
          {t(e.text)}
        </List.Item>
      ))}
    </List>
  );
}
