import { TeamOutlined } from '@ant-design/icons';
import { Badge, List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useDue } from '../../api/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** 双包联 on the Me page (for MePage to place): a member's 我的联系户, with how many visits are overdue. */
export function VisitEntries({ role }: { role: Role }) {
  return role === 'member' ? <MemberVisitEntries /> : null;
}

function MemberVisitEntries() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const overdue = (useDue().data ?? []).filter((d) => d.dues.some((due) => due.overdue)).length;
  return (
    <List mode="card" header={t('pairing.me.title')} className="phone-section" data-testid="me-visits">
      <List.Item
        prefix={<TeamOutlined />}
        description={t('pairing.me.hint')}
        extra={overdue > 0 && <Badge content={overdue} data-testid="me-visits-overdue" />}
        onClick={() => navigate('/m/visits')}
        data-testid="me-visits-households"
      >
        {t('pairing.phone.list.title')}
      </List.Item>
    </List>
  );
}
