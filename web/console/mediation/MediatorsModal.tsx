import { App, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useAccounts } from '../../api/accounts.js';
import { type MediationCase, useAssignMediators } from '../../api/mediation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { mayMediate } from './mediationText.js';

type Option = { value: number; label: string; hint: string };
const MAX_MEDIATORS = 5;

/** 指派调解员: up to five accounts of the community — its staff, or members who mediate from their phones. */
export function MediatorsModal({ item, onClose }: { item: MediationCase; onClose: () => void }) {
  const { t, roleLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ mediatorIds: number[] }>();
  const assign = useAssignMediators(item.id);
  const showError = useApiError();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  // The community admin's accounts are the community's; the roles that may mediate are kept.
  const found = useAccounts({ q, status: 'active', page: 1, pageSize: 50, sort: 'username' });
  const [known, setKnown] = useState<Option[]>(item.mediators.map((m) => ({ value: m.id, label: m.name, hint: '' })));

  const hits: Option[] = (found.data?.items ?? [])
    .filter((a) => mayMediate(a.role))
    .map((a) => ({ value: a.id, label: a.displayName, hint: `${roleLabel(a.role)} · ${a.place.name}` }));
  const options = [...known.filter((k) => !hits.some((h) => h.value === k.value)), ...hits];

  return (
    <FormModal<{ mediatorIds: number[] }>
      title={t('mediation.mediators.title')}
      form={form}
      pending={assign.isPending}
      initialValues={{ mediatorIds: item.mediators.map((m) => m.id) }}
      onClose={onClose}
      onFinish={({ mediatorIds }) =>
        assign.mutate(mediatorIds, {
          onSuccess: () => {
            void message.success(t('mediation.mediators.done'));
            onClose();
          },
          onError: (error) => showError(error, form),
        })
      }
    >
      <Typography.Paragraph type="secondary">{t('mediation.mediators.hint')}</Typography.Paragraph>
      <Form.Item
        name="mediatorIds"
        label={t('mediation.field.mediators')}
        rules={[{ required: true, type: 'array', min: 1, max: MAX_MEDIATORS, message: t('mediation.mediators.required', { max: MAX_MEDIATORS }) }]}
      >
        <Select<number[], Option>
          mode="multiple"
          data-testid="mediation-mediators-select"
          maxCount={MAX_MEDIATORS}
          placeholder={t('mediation.mediators.placeholder')}
          loading={found.isFetching}
          showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
          notFoundContent={found.isFetching ? t('common.loading') : t('mediation.mediators.none')}
          options={options}
          onChange={(ids) => setKnown(ids.map((id) => options.find((o) => o.value === id)).filter((o): o is Option => o !== undefined))}
          optionRender={(option) => (
            <div>
              <div>{option.data.label}</div>
              {option.data.hint && (
                <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                  {option.data.hint}
                </Typography.Text>
              )}
            </div>
          )}
        />
      </Form.Item>
    </FormModal>
  );
}
