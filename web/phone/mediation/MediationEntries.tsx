import { SolutionOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useCases } from '../../api/mediation.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** 我的调解 on 我的: for a member asked to mediate (the list holds only their cases), with how many. */
export function MediationEntries({ role }: { role: Role }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const mine = useCases({ page: 1, pageSize: 1 }, role === 'member');
  const total = mine.data?.total ?? 0;
  if (role !== 'member' || total === 0) return null;
  return (
    <List mode="card" className="phone-section" data-testid="me-mediation">
      <List.Item
        prefix={<SolutionOutlined />}
        description={t('mediation.phone.entryHint')}
        extra={t('mediation.phone.count', { count: total })}
        onClick={() => navigate('/m/mediation')}
        data-testid="me-mediation-mine"
      >
        {t('mediation.phone.mine')}
      </List.Item>
    </List>
  );
}
