import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSetTheme } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';

type Props = { month: string; theme: string; current: boolean; editable: boolean };

/** One month of the calendar: its theme, edited in place (Enter saves, Esc cancels). */
export function ThemeMonth({ month, theme, current, editable }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const save = useSetTheme();
  const [draft, setDraft] = useState<string | null>(null);
  const monthNo = Number(month.slice(5));

  const submit = () => {
    const text = draft?.trim() ?? '';
    if (!text) return;
    if (text === theme) return setDraft(null);
    save.mutate(
      { month, theme: text },
      {
        onSuccess: () => {
          void message.success(t('act.themes.saved', { month }));
          setDraft(null);
        },
        onError: (error) => showError(error),
      },
    );
  };

  return (
    <Card
      size="small"
      data-testid={`theme-${month}`}
      title={
        <Space>
          {t('act.themes.month', { month: monthNo })}
          {current && <Tag color="red">{t('act.themes.current')}</Tag>}
        </Space>
      }
      extra={
        editable &&
        draft === null && (
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setDraft(theme)}
            aria-label={t('act.themes.edit', { month: monthNo })}
            data-testid={`theme-edit-${month}`}
          />
        )
      }
      style={current ? { borderColor: '#c8161d' } : undefined}
    >
      {draft === null ? (
        <Typography.Paragraph style={{ margin: 0, minHeight: 44 }} type={theme ? undefined : 'secondary'} data-testid={`theme-text-${month}`}>
          {theme || t('act.themes.unset')}
        </Typography.Paragraph>
      ) : (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            autoFocus
            value={draft}
            maxLength={60}
            placeholder={t('act.themes.placeholder')}
            onChange={(e) => setDraft(e.target.value)}
            onPressEnter={submit}
            onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
            data-testid={`theme-input-${month}`}
          />
          <Button type="primary" loading={save.isPending} disabled={!draft.trim()} onClick={submit} data-testid={`theme-save-${month}`}>
            {t('common.save')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}
