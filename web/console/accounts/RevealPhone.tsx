import { EyeOutlined } from '@ant-design/icons';
import { Button, Popover, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { AccountDto } from '#contracts/accounts.js';
import { revealPhone } from '../../api/accounts.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';

type Revealed = { state: 'idle' } | { state: 'loading' } | { state: 'shown'; value: string } | { state: 'failed'; error: unknown };

/** The masked number; "show" fetches the full one (an audited call) into a small popover. */
export function RevealPhone({ account }: { account: AccountDto }) {
  const { t, lang } = useI18n();
  const [revealed, setRevealed] = useState<Revealed>({ state: 'idle' });
  if (!account.phone) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const reveal = async () => {
    if (revealed.state === 'shown' || revealed.state === 'loading') return;
    setRevealed({ state: 'loading' });
    try {
      const { value } = await revealPhone(account.id);
      setRevealed({ state: 'shown', value: value ?? '' });
    } catch (error) {
      setRevealed({ state: 'failed', error });
    }
  };

  const content =
    revealed.state === 'shown' ? (
      <Typography.Text copyable strong data-testid="revealed-phone">
        {revealed.value}
      </Typography.Text>
    ) : revealed.state === 'failed' ? (
      <Typography.Text type="danger">{errorText(revealed.error, lang, t)}</Typography.Text>
    ) : (
      <Spin size="small" />
    );

  return (
    <Space size={4} style={{ whiteSpace: 'nowrap' }}>
      <span>{account.phone}</span>
      <Popover
        trigger="click"
        title={t('accounts.phone.note')}
        content={content}
        onOpenChange={(open) => {
          if (open) void reveal();
          else if (revealed.state === 'failed') setRevealed({ state: 'idle' });
        }}
      >
        <Button size="small" type="link" icon={<EyeOutlined />} data-testid={`reveal-phone-${account.id}`}>
          {t('accounts.phone.show')}
        </Button>
      </Popover>
    </Space>
  );
}
