import { NotificationOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { MeetingsTab } from './MeetingsTab.js';
import { ScheduleTab } from './ScheduleTab.js';
import { TasksTab } from './TasksTab.js';
import { TopicsTab } from './TopicsTab.js';

const TABS = ['topics', 'meetings', 'tasks', 'schedule'] as const;
type TabKey = (typeof TABS)[number];

/** 议事协商: 议题 taken up or not, 会议 planned and recorded, 议定事项 followed to done, and the 议事日. */
export function DeliberationPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const meetings = can.readDeliberationMeetings(account.role);
  // The unit secretary sees the unit's tasks only.
  const allowed: readonly TabKey[] = meetings ? TABS : ['tasks'];
  const asked = params.get('tab') as TabKey | null;
  const tab: TabKey = asked && allowed.includes(asked) ? asked : (allowed[0] ?? 'tasks');
  const boardPlace = account.community?.id;

  const items = [
    { key: 'topics', label: t('delib.tab.topics'), children: <TopicsTab /> },
    { key: 'meetings', label: t('delib.tab.meetings'), children: <MeetingsTab /> },
    { key: 'tasks', label: t('delib.tab.tasks'), children: <TasksTab /> },
    { key: 'schedule', label: t('delib.tab.schedule'), children: <ScheduleTab /> },
  ].filter((item) => allowed.includes(item.key as TabKey));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('delib.title')}
        </Typography.Title>
        {can.readDeliberationBoard(account.role) && (
          <Button
            icon={<NotificationOutlined />}
            onClick={() => navigate(boardPlace ? `/deliberation/board/${boardPlace}` : '/deliberation/board')}
            data-testid="delib-board-link"
          >
            {t('delib.board.title')}
          </Button>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('delib.intro')}</Typography.Text>
      <Tabs
        data-testid="delib-tabs"
        activeKey={tab}
        onChange={(key) => setParams(key === allowed[0] ? {} : { tab: key }, { replace: true })}
        items={items}
        destroyOnHidden
      />
    </Flex>
  );
}
