import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useThemes } from '../../api/activities.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ZONE } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { ThemeMonth } from './ThemeMonth.js';

/** 一月一主题: a year's twelve months; the org department sets each month's theme in place, others read it. */
export function ThemesPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const editable = can.setThemes(role);
  const now = dayjs().tz(ZONE);
  const [year, setYear] = useState(now.year());
  const themes = useThemes(year);
  const byMonth = new Map((themes.data ?? []).map((th) => [th.month, th.theme]));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.themes')}
        </Typography.Title>
        <Space>
          <Button icon={<LeftOutlined />} onClick={() => setYear(year - 1)} aria-label={t('act.themes.prevYear')} data-testid="themes-prev" />
          <Typography.Title level={4} style={{ margin: 0, minWidth: 80, textAlign: 'center' }} data-testid="themes-year">
            {t('act.themes.year', { year })}
          </Typography.Title>
          <Button icon={<RightOutlined />} onClick={() => setYear(year + 1)} aria-label={t('act.themes.nextYear')} data-testid="themes-next" />
          {year !== now.year() && <Button onClick={() => setYear(now.year())}>{t('act.themes.thisYear')}</Button>}
        </Space>
      </Flex>
      <Typography.Text type="secondary">{editable ? t('act.themes.hint.edit') : t('act.themes.hint.read')}</Typography.Text>
      {themes.isError && (
        <Alert type="warning" showIcon title={t('common.loadFailed')} action={<Button onClick={() => void themes.refetch()}>{t('common.retry')}</Button>} />
      )}
      <Card size="small" loading={themes.isPending}>
        <Row gutter={[12, 12]} data-testid="themes-grid">
          {months.map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xl={6}>
              <ThemeMonth month={month} theme={byMonth.get(month) ?? ''} current={month === now.format('YYYY-MM')} editable={editable} />
            </Col>
          ))}
        </Row>
      </Card>
    </Flex>
  );
}
