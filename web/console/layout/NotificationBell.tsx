import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { NotificationDto } from '#contracts/notifications.js';
import { useMarkAllRead, useMarkRead, useNotifications } from '../../api/notifications.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';

/** 站内信: the unread count on a bell; the latest in a popover, opened one by one or all marked read. */
export function NotificationBell() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;

  const openOne = (n: NotificationDto) => {
    if (!n.read) markRead.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const content = (
    <div style={{ width: 340 }} data-testid="notification-list">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notif.title')}</Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined)}
          data-testid="notification-read-all"
        >
          {t('notif.readAll')}
        </Button>
      </Flex>
      {list.data?.items.length ? (
        <List<NotificationDto>
          size="small"
          dataSource={list.data.items}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              data-testid={`notification-${n.id}`}
              onClick={() => openOne(n)}
              style={{ cursor: 'pointer', background: n.read ? undefined : '#fff7f0', paddingInline: 8 }}
            >
              <List.Item.Meta
                title={
                  <Flex gap={6} align="center">
                    {!n.read && <Badge status="error" />}
                    <span>{n.title[lang]}</span>
                  </Flex>
                }
                description={
                  <>
                    <div>{n.body[lang]}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={list.isError ? t('common.loadFailed') : t('notif.empty')} />
      )}
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={content}>
      <Button type="text" aria-label={t('notif.title')} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
