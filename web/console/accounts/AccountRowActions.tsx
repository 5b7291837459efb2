import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps, Space } from 'antd';
import type { AccountDto, IssuedPasswordDto } from '#contracts/accounts.js';
import { type StatusChange, useChangeAccountStatus, useResetPassword } from '../../api/accounts.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { useApiError } from '../useApiError.js';

type Props = {
  account: AccountDto;
  onEdit: () => void;
  onIssued: (result: IssuedPasswordDto) => void;
};

const DONE: Record<StatusChange, MessageKey> = {
  unlock: 'accounts.done.unlocked',
  disable: 'accounts.done.disabled',
  enable: 'accounts.done.enabled',
};

/** Edit, and under "more": reset password, unlock, disable or enable; each confirmed first. */
export function AccountRowActions({ account, onEdit, onIssued }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const reset = useResetPassword();
  const changeStatus = useChangeAccountStatus();
  const name = account.displayName;

  const confirmReset = () =>
    modal.confirm({
      title: t('accounts.reset'),
      content: t('accounts.reset.confirm', { name }),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () => reset.mutateAsync(account.id).then(onIssued, (error: unknown) => void showError(error)),
    });

  const runChange = (change: StatusChange) =>
    changeStatus.mutateAsync({ id: account.id, change }).then(
      () => void message.success(t(DONE[change])),
      (error: unknown) => void showError(error),
    );

  const confirmChange = (change: 'disable' | 'enable') =>
    modal.confirm({
      title: t(`accounts.${change}`),
      content: t(`accounts.${change}.confirm`, { name }),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: change === 'disable' },
      onOk: () => runChange(change),
    });

  const items: MenuProps['items'] = [
    { key: 'reset', label: t('accounts.reset') },
    ...(account.status === 'locked' ? [{ key: 'unlock', label: t('accounts.unlock') }] : []),
    account.status === 'disabled' ? { key: 'enable', label: t('accounts.enable') } : { key: 'disable', label: t('accounts.disable'), danger: true },
  ];

  const onMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'reset') confirmReset();
    if (key === 'unlock') void runChange('unlock');
    if (key === 'disable' || key === 'enable') confirmChange(key);
  };

  return (
    <Space size="small">
      <Button size="small" type="link" onClick={onEdit} data-testid={`account-edit-${account.id}`}>
        {t('accounts.edit')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items, onClick: onMenu }}>
        <Button size="small" type="link" data-testid={`account-more-${account.id}`}>
          {t('common.more')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
