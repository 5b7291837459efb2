import { CommentOutlined, NotificationOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Badge, List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useTasks } from '../../api/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Whether the Me page shows 议事协商 entries for this role. */
export const hasDeliberationEntries = (role: Role) => role === 'resident' || role === 'member';

/** 议事协商 on the Me page: 我的议题 and the 公开栏 for residents and members; 我的任务 for members. */
export function DeliberationEntries({ role }: { role: Role }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (!hasDeliberationEntries(role)) return null;
  return (
    <List mode="card" header={t('delib.me.title')} className="phone-section" data-testid="me-deliberation">
      <List.Item prefix={<CommentOutlined />} description={t('delib.me.topicsHint')} onClick={() => navigate('/m/topics')} data-testid="me-topics">
        {t('delib.topics.mine')}
      </List.Item>
      {role === 'member' && <MyTasksItem />}
      <List.Item prefix={<NotificationOutlined />} description={t('delib.me.boardHint')} onClick={() => navigate('/m/board')} data-testid="me-board">
        {t('delib.board.title')}
      </List.Item>
    </List>
  );
}

/** 我的任务, with how many are still open. */
function MyTasksItem() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const open = useTasks({ status: 'open', page: 1, pageSize: 1 }).data?.total ?? 0;
  return (
    <List.Item
      prefix={<ScheduleOutlined />}
      description={t('delib.me.tasksHint')}
      extra={open > 0 && <Badge content={open} data-testid="me-tasks-open" />}
      onClick={() => navigate('/m/tasks')}
      data-testid="me-tasks"
    >
      {t('delib.tasks.mine')}
    </List.Item>
  );
}
