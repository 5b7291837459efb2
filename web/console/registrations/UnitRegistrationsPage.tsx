import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Popconfirm, Select, Space, Tag, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUSES,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type RegistrationStatus,
  type ResourceKind,
} from '#contracts/labels.js';
import type { UnitRegistrationDto } from '#contracts/registration.js';
import { usePlace } from '../../api/places.js';
import {
  downloadUnitRegistrations,
  type UnitRegistrationFilters,
  useConfirmUnit,
  useCreateUnitRegistration,
  useReturnUnit,
  useUnitRegistrations,
} from '../../api/registration.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { PageSpin } from '../layout/PageSpin.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { useApiError } from '../useApiError.js';
import { AgreementScan } from './AgreementScan.js';
import { AssignmentsNotice } from './AssignmentsNotice.js';
import { DownloadButton } from './DownloadButton.js';
import { ReturnModal } from './ReturnModal.js';

const STATUS_COLORS: Record<RegistrationStatus, string> = { submitted: 'processing', confirmed: 'success', returned: 'error' };

/** 组织报到: the unit secretary registers the unit at a community; the community confirms or returns it. */
export function UnitRegistrationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { role } = useCurrentSession().account;
  const reviewer = can.reviewRegistrations(role);
  const secretary = can.submitUnitRegistration(role);
  const showError = useApiError();
  // Opened from 数据看板 with `?status=&placeId=&placeName=`.
  const [params] = useSearchParams();
  const query = useListQuery<Omit<UnitRegistrationFilters, 'page' | 'pageSize'>>({
    status: REGISTRATION_STATUSES.find((s) => s === params.get('status')),
    placeId: Number(params.get('placeId')) || undefined,
  });
  const filters: UnitRegistrationFilters = { ...query.filters, page: query.paging.page, pageSize: query.paging.pageSize };
  const list = useUnitRegistrations(filters);
  const confirm = useConfirmUnit();
  const giveBack = useReturnUnit();
  const [returning, setReturning] = useState<UnitRegistrationDto | null>(null);
  /** The form is open; `placeId` when a community was picked from the county's assignments. */
  const [creating, setCreating] = useState<{ placeId?: number } | null>(null);

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
    // The secretary sees only the unit's own registrations: each one is theirs to attach the scan to.
    { title: t('reg.col.agreement'), key: 'agreement', render: (_, r) => <AgreementScan registration={r} canUpload={secretary} /> },
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
    <Flex vertical gap={16}>
      {secretary && <AssignmentsNotice onPick={(placeId) => setCreating({ placeId })} />}
      <ListPage<UnitRegistrationDto>
        title={t('reg.units.title')}
        actions={
          <Space wrap>
            <DownloadButton download={() => downloadUnitRegistrations(filters)} testId="unit-registrations-export" />
            {secretary && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({})} data-testid="unit-registration-new">
                {t('reg.units.new')}
              </Button>
            )}
          </Space>
        }
        search={
          secretary ? undefined : { testId: 'unit-registrations-search', placeholder: t('ledger.filter.unitName'), width: 220, onSearch: query.setter('q') }
        }
        filters={
          <>
            <Select<RegistrationStatus | 'all'>
              data-testid="unit-status-filter"
              style={{ width: 140 }}
              value={query.filters.status ?? 'all'}
              onChange={(v) => query.setter('status')(v === 'all' ? undefined : v)}
              options={[
                { value: 'all', label: t('reg.status.all') },
                ...REGISTRATION_STATUSES.map((s) => ({ value: s, label: label(REGISTRATION_STATUS_LABELS[s]) })),
              ]}
            />
            {/* The secretary sees the unit's own few registrations; their place search stops at their community. */}
            {!secretary && (
              <PlacePicker
                style={{ width: 220 }}
                placeholder={t('ledger.filter.place')}
                accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
                value={query.filters.placeId}
                initialLabel={params.get('placeName') ?? undefined}
                onChange={query.setter('placeId')}
              />
            )}
          </>
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
        {creating && <UnitRegistrationForm placeId={creating.placeId} onClose={() => setCreating(null)} />}
      </ListPage>
    </Flex>
  );
}

type FormValues = {
  placeId: number;
  contacts: string;
  resources: { kind: ResourceKind; description: string }[];
  period: [Dayjs, Dayjs];
  commitments: string;
};

/** Waits for the name of a preselected community, so the picker can show it. */
function UnitRegistrationForm({ placeId, onClose }: { placeId?: number; onClose: () => void }) {
  const place = usePlace(placeId ?? null);
  if (placeId !== undefined && place.isPending) return <PageSpin />;
  return <UnitRegistrationFormModal place={placeId !== undefined ? { id: placeId, name: place.data?.name } : undefined} onClose={onClose} />;
}

function UnitRegistrationFormModal({ place, onClose }: { place?: { id: number; name?: string }; onClose: () => void }) {
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
      initialValues={{ resources: [], placeId: place?.id }}
    >
      <Form.Item name="placeId" label={t('reg.units.place')} rules={[{ required: true }]}>
        <PlacePicker placeholder={t('reg.units.place')} accept={(hit) => hit.kind === 'community'} initialLabel={place?.name} />
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
