import { App, Form, Input } from 'antd';
import { GRID_ROLE_LABELS, type GridRoleDto } from '#contracts/grid.js';
import { useEndGridRole } from '../../api/grid.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

/** 卸任: the reason is kept with the ended appointment. */
export function EndRoleModal({ role, onClose }: { role: GridRoleDto; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const end = useEndGridRole();
  const showError = useApiError();
  return (
    <FormModal<{ reason: string }>
      title={t('grid.end.title', { name: role.person.name, role: label(GRID_ROLE_LABELS[role.role]) })}
      form={form}
      pending={end.isPending}
      danger
      okText={t('grid.roles.end')}
      onClose={onClose}
      onFinish={({ reason }) =>
        end.mutate(
          { id: role.id, reason: reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('grid.end.done', { name: role.person.name }));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Form.Item name="reason" label={t('grid.end.reason')} extra={t('grid.end.reasonHint')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input.TextArea data-testid="grid-end-reason" rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
