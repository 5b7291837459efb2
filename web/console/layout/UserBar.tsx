import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Grid, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../../api/auth.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { LangSwitch } from './LangSwitch.js';
import { NotificationBell } from './NotificationBell.js';

/** Who is logged in (name, role, place), the language switch and the account menu. */
export function UserBar() {
  const { t, roleLabel, kindLabel } = useI18n();
  const { account } = useCurrentSession();
  const navigate = useNavigate();
  const logout = useLogout('/login');
  const screens = Grid.useBreakpoint();

  return (
    <Flex justify="flex-end" align="center" gap={12} style={{ height: '100%' }} data-testid="user-bar">
      {screens.md && (
        <Typography.Text type="secondary" ellipsis data-testid="user-place">
          {kindLabel(account.place.kind)} · {account.place.name}
        </Typography.Text>
      )}
      <NotificationBell />
      <LangSwitch />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [{ key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword') }],
          onClick: () => navigate('/password'),
        }}
      >
        <Button type="text" data-testid="user-menu" style={{ height: 'auto' }}>
          <Flex align="center" gap={8}>
            <Avatar size="small" icon={<UserOutlined />} />
            <span data-testid="user-name">{account.displayName}</span>
            {screens.sm && <Tag data-testid="user-role">{roleLabel(account.role)}</Tag>}
            <DownOutlined />
          </Flex>
        </Button>
      </Dropdown>
      <Button icon={<LogoutOutlined />} aria-label={t('auth.logout')} onClick={() => logout.mutate()} loading={logout.isPending} data-testid="logout">
        {screens.md ? t('auth.logout') : null}
      </Button>
    </Flex>
  );
}
