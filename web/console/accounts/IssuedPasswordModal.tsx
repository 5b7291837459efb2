import { Alert, Button, Modal, Typography } from 'antd';
import type { IssuedPasswordDto } from '#contracts/accounts.js';
import { useT } from '../../i18n/I18nProvider.js';

/** `resident`: a resident's phone account, opened from their record. */
type IssuedKind = 'created' | 'reset' | 'resident';

type Props = { kind: IssuedKind; result: IssuedPasswordDto; onClose: () => void };

/** The one-time password, shown once with a copy button; the admin hands it over. */
export function IssuedPasswordModal({ kind, result, onClose }: Props) {
  const t = useT();
  const { username, displayName: name } = result.account;
  const text =
    kind === 'resident' ? t('accounts.issued.resident', { name }) : t(kind === 'created' ? 'accounts.issued.created' : 'accounts.issued.reset', { username });
  return (
    <Modal
      open
      title={t('accounts.issued.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      data-testid="issued-password"
    >
      <Typography.Paragraph>{text}</Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: result.temporaryPassword, tooltips: [t('common.copy'), t('common.copied')] }}
        style={{ fontSize: 24, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', textAlign: 'center' }}
      >
        <span data-testid="temporary-password">{result.temporaryPassword}</span>
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t('accounts.issued.note')} />
    </Modal>
  );
}
