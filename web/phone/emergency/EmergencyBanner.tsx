import { AlertOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useMyCalls } from '../../api/emergency.js';
import { ANSWER_TEXT } from '../../console/emergency/emergencyFigures.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import './emergency.css';

/** On 我的: each live emergency calling the member, on top, with whether they have answered. */
export function EmergencyBanner({ role }: { role: Role }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const calls = useMyCalls(role === 'member');
  if (role !== 'member' || !calls.data?.length) return null;
  return (
    <List mode="card" className="em-banner" data-testid="me-emergency">
      {calls.data.map((c) => (
        <List.Item
          key={c.id}
          prefix={<AlertOutlined style={{ color: '#c8161d' }} />}
          description={c.answer ? t('emergency.phone.answered', { answer: t(ANSWER_TEXT[c.answer]) }) : t('emergency.phone.pleaseAnswer')}
          onClick={() => navigate(`/m/emergency/${c.id}`)}
          data-testid={`me-emergency-${c.id}`}
        >
          {t('emergency.phone.banner', { reason: c.reason })}
        </List.Item>
      ))}
    </List>
  );
}
