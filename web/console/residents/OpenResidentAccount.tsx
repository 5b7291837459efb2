import { Button, Popconfirm } from 'antd';
import type { IssuedPasswordDto } from '#contracts/accounts.js';
import type { Role } from '#contracts/labels.js';
import type { ResidentDto } from '#contracts/people.js';
import { canManage } from '#contracts/rules.js';
import { useOpenResidentAccount } from '../../api/accounts.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';

/** Whether a role may open residents' phone accounts: the admins above them. */
export const canOpenResidentAccount = (role: Role) => canManage(role, 'resident');

type Props = { resident: ResidentDto; onIssued: (result: IssuedPasswordDto) => void };

/** 开通手机账号, confirmed first; the caller shows the temporary password once. */
export function OpenResidentAccountButton({ resident, onIssued }: Props) {
  const t = useT();
  const showError = useApiError();
  const open = useOpenResidentAccount();
  return (
    <Popconfirm
      title={t('residents.openAccount')}
      description={t('residents.openAccount.confirm', { name: resident.name })}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onConfirm={() => open.mutateAsync({ residentId: resident.id }).then(onIssued, (error: unknown) => void showError(error))}
    >
      <Button size="small" type="link" loading={open.isPending} data-testid="open-resident-account">
        {t('residents.openAccount')}
      </Button>
    </Popconfirm>
  );
}
