import { EyeOutlined } from '@ant-design/icons';
import { Button, Popover, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';

type Revealed = { state: 'idle' } | { state: 'loading' } | { state: 'shown'; value: string } | { state: 'failed'; error: unknown };

type Props = {
  /** What the list shows, e.g. 138****5678; null: nothing on record. */
  masked: string | null;
  /** The audited call that returns the full value. */
  reveal: () => Promise<{ value: string | null }>;
  /** `reveal-phone` puts `reveal-phone` on the button and `revealed-phone` on the value. */
  testId: string;
  /** Accounts say "number" where people's records say "value". */
  note?: MessageKey;
  showLabel?: MessageKey;
};

/** The masked value; "show" fetches the full one (an audited call) into a small popover. */
export function RevealValue({ masked, reveal, testId, note = 'people.reveal.note', showLabel = 'people.reveal.show' }: Props) {
  const { t, lang } = useI18n();
  const [revealed, setRevealed] = useState<Revealed>({ state: 'idle' });
  if (!masked) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const load = async () => {
    if (revealed.state === 'shown' || revealed.state === 'loading') return;
    setRevealed({ state: 'loading' });
    try {
      const { value } = await reveal();
      setRevealed({ state: 'shown', value: value ?? '' });
    } catch (error) {
      setRevealed({ state: 'failed', error });
    }
  };

  const content =
    revealed.state === 'shown' ? (
      <Typography.Text copyable strong data-testid={testId.replace(/^reveal-/, 'revealed-')}>
        {revealed.value}
      </Typography.Text>
    ) : revealed.state === 'failed' ? (
      <Typography.Text type="danger">{errorText(revealed.error, lang, t)}</Typography.Text>
    ) : (
      <Spin size="small" />
    );

  return (
    <Space size={4} style={{ whiteSpace: 'nowrap' }}>
      <span>{masked}</span>
      <Popover
        trigger="click"
        title={t(note)}
        content={content}
        onOpenChange={(open) => {
          if (open) void load();
          else if (revealed.state === 'failed') setRevealed({ state: 'idle' });
        }}
      >
        <Button size="small" type="link" icon={<EyeOutlined />} data-testid={testId} aria-label={t(showLabel)}>
          {t(showLabel)}
        </Button>
      </Popover>
    </Space>
  );
}
