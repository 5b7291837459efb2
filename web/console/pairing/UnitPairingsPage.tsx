import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Form, Popconfirm, Segmented, Select, Table, type TableProps, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { UnitPairingDto } from '#contracts/pairing.js';
import { useCreateUnitPairing, useEndUnitPairing, useUnitPairings } from '../../api/pairing.js';
import { usePlaceSearch } from '../../api/places.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useDebounced } from '../../shared/useDebounced.js';
import { can } from '../capabilities.js';
import { FormModal } from '../layout/FormModal.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { SearchBox } from '../shared/ListPage.js';
import { useApiError } from '../useApiError.js';

type Status = 'active' | 'ended' | 'all';

const isActive = (p: UnitPairingDto) => p.endDate === null;

/** Newest first: a pairing just made shows on the first page. */
const newestFirst = (a: UnitPairingDto, b: UnitPairingDto) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : b.id - a.id);

/** 单位包联小区: which unit looks after which compound; the community pairs and ends them, a unit secretary reads the unit's own. */
export function UnitPairingsPage() {
  const t = useT();
  const { role } = useCurrentSession().account;
  const manage = can.manageUnitPairings(role);
  const list = useUnitPairings();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status>('active');
  const [adding, setAdding] = useState(false);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });

  const rows = useMemo(() => {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    return (list.data ?? [])
      .filter((p) => status === 'all' || (status === 'active') === isActive(p))
      .filter((p) => words.every((w) => `${p.organization.name} ${p.place.name}`.toLowerCase().includes(w)))
      .sort(newestFirst);
  }, [list.data, q, status]);
  const restart =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setPage((p) => ({ ...p, current: 1 }));
    };

  const columns: TableProps<UnitPairingDto>['columns'] = [
    { title: t('pairing.units.col.unit'), key: 'unit', render: (_, p) => p.organization.name },
    { title: t('pairing.units.col.compound'), key: 'compound', render: (_, p) => p.place.name },
    { title: t('pairing.units.col.start'), dataIndex: 'startDate', width: 130 },
    { title: t('pairing.units.col.end'), key: 'endDate', width: 130, render: (_, p) => p.endDate ?? '—' },
    {
      title: t('pairing.units.col.status'),
      key: 'status',
      width: 100,
      render: (_, p) => (isActive(p) ? <Tag color="success">{t('pairing.units.status.active')}</Tag> : <Tag>{t('pairing.units.status.ended')}</Tag>),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, p: UnitPairingDto) => (isActive(p) ? <EndButton pairing={p} /> : null),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pairing.units.title')}
        </Typography.Title>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="unit-pairings-new">
            {t('pairing.units.new')}
          </Button>
        )}
      </Flex>
      {role === 'unitSecretary' && <Alert type="info" showIcon title={t('pairing.units.readOnly')} data-testid="unit-pairings-readonly" />}
      <Card size="small">
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <SearchBox testId="unit-pairings-search" placeholder={t('pairing.units.search')} width={240} onSearch={restart(setQ)} />
          <Segmented<Status>
            value={status}
            onChange={restart(setStatus)}
            options={[
              { value: 'active', label: t('pairing.units.status.active') },
              { value: 'ended', label: t('pairing.units.status.ended') },
              { value: 'all', label: t('pairing.units.filter.all') },
            ]}
            data-testid="unit-pairings-status"
          />
        </Flex>
        <Table<UnitPairingDto>
          data-testid="unit-pairings-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 720 }}
          pagination={{
            ...page,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (current, pageSize) => setPage({ current, pageSize }),
          }}
          locale={{
            emptyText: (
              <Empty
                description={
                  list.isError ? t('common.loadFailed') : q ? t('common.empty') : status === 'ended' ? t('pairing.units.emptyEnded') : t('pairing.units.empty')
                }
              />
            ),
          }}
        />
      </Card>
      {adding && <NewUnitPairingModal onClose={() => setAdding(false)} />}
    </Flex>
  );
}

/** 结束: after a confirmation naming the unit and the compound. */
function EndButton({ pairing }: { pairing: UnitPairingDto }) {
  const t = useT();
  const { message } = App.useApp();
  const end = useEndUnitPairing();
  const showError = useApiError();
  const names = { unit: pairing.organization.name, compound: pairing.place.name };
  return (
    <Popconfirm
      title={t('pairing.units.end.title', names)}
      description={t('pairing.units.end.description')}
      okText={t('pairing.units.end')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        end.mutateAsync(pairing.id).then(
          () => void message.success(t('pairing.units.ended', names)),
          (error: unknown) => void showError(error),
        )
      }
    >
      <Button size="small" danger loading={end.isPending} data-testid={`unit-pairing-end-${pairing.id}`}>
        {t('pairing.units.end')}
      </Button>
    </Popconfirm>
  );
}

type Values = { organizationId: number; placeId: number; startDate?: Dayjs };

/** 新增包联: a unit the caller sees, one of their compounds, and when it starts (today unless told). */
function NewUnitPairingModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnitPairing();
  const showError = useApiError();

  const submit = (v: Values) =>
    create.mutate(
      { organizationId: v.organizationId, placeId: v.placeId, ...(v.startDate ? { startDate: v.startDate.format('YYYY-MM-DD') } : {}) },
      {
        onSuccess: (made) => {
          void message.success(t('pairing.units.created', { unit: made.organization.name, compound: made.place.name }));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values> title={t('pairing.units.new.title')} form={form} onFinish={submit} onClose={onClose} pending={create.isPending}>
      <Form.Item name="organizationId" label={t('pairing.units.field.unit')} rules={[{ required: true }]}>
        <OrganizationSelect placeholder={t('pairing.units.field.unitHint')} testId="unit-pairing-unit" />
      </Form.Item>
      <Form.Item name="placeId" label={t('pairing.units.field.compound')} rules={[{ required: true }]}>
        <CompoundSelect placeholder={t('pairing.units.field.compoundHint')} />
      </Form.Item>
      <Form.Item name="startDate" label={t('pairing.units.field.start')} extra={t('pairing.units.field.startHint')}>
        <DatePicker style={{ width: '100%' }} data-testid="unit-pairing-start" disabledDate={(d) => d.isAfter(dayjs().add(1, 'year'))} />
      </Form.Item>
    </FormModal>
  );
}

type CompoundOption = { value: number; label: string; path: string };

/** A search select over the caller's compounds (小区) only, each with its path. */
function CompoundSelect({
  value,
  onChange,
  placeholder,
  id,
}: {
  value?: number;
  onChange?: (id: number | undefined) => void;
  placeholder: string;
  id?: string;
}) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const hits = usePlaceSearch({ q, kind: 'compound', page: 1, pageSize: 30 });
  const options: CompoundOption[] = (hits.data?.items ?? [])
    .filter((hit) => hit.kind === 'compound' && !hit.retired)
    .map((hit) => ({ value: hit.id, label: hit.name, path: hit.pathNames.slice(0, -1).join(' / ') }));
  // The chosen compound stays listed after the search moves on, so the select still shows its name.
  const [chosen, setChosen] = useState<CompoundOption | null>(null);
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);
  return (
    <Select<number, CompoundOption>
      id={id}
      data-testid="unit-pairing-compound"
      value={value}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange?.(next);
      }}
      allowClear
      placeholder={placeholder}
      loading={hits.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={hits.isFetching ? t('common.loading') : t('pairing.units.compound.none')}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.path && (
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
              {option.data.path}
            </Typography.Text>
          )}
        </div>
      )}
    />
  );
}
