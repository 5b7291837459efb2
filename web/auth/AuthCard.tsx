import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LangSwitch } from '../console/layout/LangSwitch.js';
import { useT } from '../i18n/I18nProvider.js';

/** The frame of the console's login and password pages. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="start" gap={8}>
          <div>
            <Typography.Title level={3} style={{ margin: 0, color: '#c8161d' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          </div>
          <LangSwitch />
        </Flex>
        <Typography.Title level={4}>{title}</Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
