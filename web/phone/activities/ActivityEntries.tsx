import { CalendarOutlined, SafetyCertificateOutlined, ScheduleOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** 志愿服务 on the Me page, for members: activities to join and check in to, posts to claim, my posts and duty days. */
export function ActivityEntries({ role }: { role: Role }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (role !== 'member') return null;
  return (
    <List mode="card" header={t('act.me.title')} className="phone-section" data-testid="me-activities">
      <List.Item
        prefix={<CalendarOutlined />}
        description={t('act.me.activitiesHint')}
        onClick={() => navigate('/m/activities')}
        data-testid="me-activities-list"
      >
        {t('act.me.activities')}
      </List.Item>
      <List.Item prefix={<SafetyCertificateOutlined />} onClick={() => navigate('/m/posts')} data-testid="me-posts">
        {t('act.me.posts')}
      </List.Item>
      <List.Item prefix={<ScheduleOutlined />} onClick={() => navigate('/m/posts?tab=mine')} data-testid="me-posts-mine">
        {t('act.me.myPosts')}
      </List.Item>
    </List>
  );
}
