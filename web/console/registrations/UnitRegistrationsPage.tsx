import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Popconfirm, Select, Space, Tag, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUSES,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type RegistrationStatus,
  type ResourceKind,
} from '#contracts/labels.js';
import type { UnitRegistrationDto } from '#contracts/registration.js';
import { useConfirmUnit, useCreateUnitRegistration, useReturnUnit, useUnitRegistrations } from '../../api/registration.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { useApiError } from '../useApiError.js';
import { ReturnModal } from './ReturnModal.js';

const STATUS_COLORS: Record<RegistrationStatus, string> = { submitted: 'processing', confirmed: 'success', returned: 'error' };

/** 组织报到: the unit secretary registers the unit at a community; the community confirms or returns it. */
export function UnitRegistrationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { role } = useCurrentSession().account;
  const reviewer = can.reviewRegistrations(role);
  const showError = useApiError();
  const query = useListQuery<{ status?: RegistrationStatus }>({});
  const list = useUnitRegistrations({ ...query.filters, page: query.paging.page, pageSize: query.paging.pageSize });
  const confirm = useConfirmUnit();
  const giveBack = useReturnUnit();
  const [returning, setReturning] = useState<UnitRegistrationDto | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableProps<UnitRegistrationDto>['columns'] = [
    { title: t('reg.col.unit'), key: 'unit', render: (_, r) => r.organization.name },
    { title: t('reg.col.community'), key: 'place', render: (_, r) => r.place.name },
    { title: t('reg.col.contacts'), dataIndex: 'contacts' },
    {
      title: t('reg.col.resources'),
      key: 'resources',
      render: (_, r) =>
        r.resources.map((res) => (
          <div key={`${res.kind}:${res.description}`}>
            <Tag>{label(RESOURCE_KIND_LABELS[res.kind])}</Tag>
            {res.description}
          </div>
        )),
    },
    { title: t('reg.col.agreement'), key: 'agreement', render: (_, r) => `${r.agreement.startDate} ~ ${r.agreement.endDate}` },
    { title: t('reg.col.submittedAt'), key: 'submittedAt', render: (_, r) => formatTime(r.submittedAt) },
    {
      title: t('reg.col.status'),
      key: 'status',
      render: (_, r) => (
        <Tag color={STATUS_COLORS[r.status]} title={r.reason ?? undefined} data-testid={`unit-status-${r.id}`}>
          {label(REGISTRATION_STATUS_LABELS[r.status])}
        </Tag>
      ),
    },
    ...(reviewer
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: UnitRegistrationDto) =>
              r.status === 'submitted' && (
                <Space>
                  <Popconfirm
                    title={t('reg.confirm.confirm')}
                    okText={t('reg.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      confirm.mutateAsync(r.id).then(
                        () => void message.success(t('reg.confirmed')),
                        (error: unknown) => void showError(error),
                      )
                    }
                  >
                    <Button type="link" size="small" data-testid={`confirm-unit-${r.id}`}>
                      {t('reg.confirm')}
                    </Button>
                  </Popconfirm>
                  <Button type="link" size="small" danger data-testid={`return-unit-${r.id}`} onClick={() => setReturning(r)}>
                    {t('reg.return')}
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <ListPage<UnitRegistrationDto>
      title={t('reg.units.title')}
      actions={
        can.submitUnitRegistration(role) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="unit-registration-new">
            {t('reg.units.new')}
          </Button>
        )
      }
      filters={
        <Select<RegistrationStatus | 'all'>
          style={{ width: 180 }}
          value={query.filters.status ?? 'all'}
          onChange={(v) => query.update({ status: v === 'all' ? undefined : v })}
          options={[
            { value: 'all', label: t('reg.status.all') },
            ...REGISTRATION_STATUSES.map((s) => ({ value: s, label: label(REGISTRATION_STATUS_LABELS[s]) })),
          ]}
        />
      }
      list={list}
      paging={query.paging}
      filtered={query.filtered}
      emptyText={t('reg.units.empty')}
      table={{ columns, scroll: { x: 1000 }, 'data-testid': 'unit-registrations-table' }}
    >
      {returning && (
        <ReturnModal
          title={`${t('reg.return.title')} · ${returning.organization.name}`}
          pending={giveBack.isPending}
          onClose={() => setReturning(null)}
          onReturn={(reason) => giveBack.mutateAsync({ id: returning.id, reason }).then(() => message.success(t('reg.returned')))}
        />
      )}
      {creating && <UnitRegistrationForm onClose={() => setCreating(false)} />}
    </ListPage>
  );
}

type FormValues = {
  placeId: number;
  contacts: string;
  resources: { kind: ResourceKind; description: string }[];
  period: [Dayjs, Dayjs];
  commitments: string;
};

function UnitRegistrationForm({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateUnitRegistration();
  const showError = useApiError();

  const finish = (v: FormValues) =>
    create.mutate(
      {
        placeId: v.placeId,
        contacts: v.contacts.trim(),
        resources: (v.resources ?? []).map((r) => ({ kind: r.kind, description: r.description.trim() })),
        agreement: { startDate: v.period[0].format('YYYY-MM-DD'), endDate: v.period[1].format('YYYY-MM-DD'), commitments: v.commitments.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('reg.units.submitted'));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<FormValues>
      title={t('reg.units.newTitle')}
      form={form}
      width={640}
      pending={create.isPending}
      onClose={onClose}
      onFinish={finish}
      initialValues={{ resources: [] }}
    >
      <Form.Item name="placeId" label={t('reg.units.place')} rules={[{ required: true }]}>
        <PlacePicker placeholder={t('reg.units.place')} accept={(hit) => hit.kind === 'community'} />
      </Form.Item>
      <Form.Item name="contacts" label={t('reg.units.contacts')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.List name="resources">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 140 }}
                    placeholder={t('reg.units.resourceKind')}
                    options={RESOURCE_KINDS.map((k) => ({ value: k, label: label(RESOURCE_KIND_LABELS[k]) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'description']} rules={[{ required: true, whitespace: true, max: 200 }]}>
                  <Input style={{ width: 340 }} placeholder={t('reg.units.resourceDescription')} maxLength={200} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" block icon={<PlusOutlined />} disabled={fields.length >= 20} onClick={() => add({ kind: 'venue', description: '' })}>
                {t('reg.units.addResource')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Form.Item name="period" label={t('reg.units.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="commitments" label={t('reg.units.commitments')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
