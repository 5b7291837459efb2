import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { ORDER_CATEGORY_LABELS } from '#contracts/labels.js';
import type { ProjectInput } from '#contracts/projects.js';
import { useCommunityUnits } from '../../api/orders.js';
import { useCommunityNeeds, useCommunityResources, useCommunityTeams, useCreateProject } from '../../api/projects.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isoDate } from '../../shared/time.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';

type Values = { placeId: number; title: string; plan: string; period: [Dayjs, Dayjs]; needIds: number[]; resourceIds: number[]; owner?: string };

/** Where the form starts: from a need of the 需求清单, its community and the need already picked. */
export type ProjectStart = { placeId?: number; placeName?: string; needIds?: number[]; title?: string };

/** `unit:12` / `team:3` in the select, `{kind, id}` in the request. */
const ownerOf = (value: string | undefined): ProjectInput['owner'] => {
  const [kind, id] = value?.split(':') ?? [];
  return (kind === 'unit' || kind === 'team') && id ? { kind, id: Number(id) } : undefined;
};

/** 立项: a community's project from its needs and resources; with an owner (unit or team), or open for a unit to claim. */
export function ProjectFormModal({ start = {}, onClose }: { start?: ProjectStart; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { account } = useCurrentSession();
  const own = account.place.kind === 'community' ? account.place : null;
  const [form] = Form.useForm<Values>();
  const placeId: number | undefined = Form.useWatch('placeId', form);
  const create = useCreateProject();
  const showError = useApiError();

  const needs = useCommunityNeeds(placeId);
  const resources = useCommunityResources(placeId);
  const units = useCommunityUnits(placeId ?? 0, placeId !== undefined);
  const teams = useCommunityTeams(placeId);

  // What was picked belongs to the community: another community starts over.
  const shown = useRef(placeId);
  useEffect(() => {
    if (shown.current !== undefined && shown.current !== placeId) form.setFieldsValue({ needIds: [], resourceIds: [], owner: undefined });
    shown.current = placeId;
  }, [placeId, form]);

  const unitOptions = [
    ...new Map((units.data?.items ?? []).map((r) => [r.organization.id, { value: `unit:${r.organization.id}`, label: r.organization.name }])).values(),
  ];
  const ownerOptions = [
    { label: t('projects.owner.units'), options: unitOptions },
    { label: t('projects.owner.teams'), options: (teams.data?.items ?? []).map((team) => ({ value: `team:${team.id}`, label: team.name })) },
  ].filter((group) => group.options.length > 0);

  const finish = (v: Values) =>
    create.mutate(
      {
        placeId: v.placeId,
        title: v.title.trim(),
        plan: v.plan.trim(),
        startDate: isoDate(v.period[0]) ?? '',
        endDate: isoDate(v.period[1]) ?? '',
        needIds: v.needIds ?? [],
        resourceIds: v.resourceIds ?? [],
        owner: ownerOf(v.owner),
      },
      {
        onSuccess: () => {
          void message.success(t('projects.new.done'));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('projects.new.title')}
      form={form}
      width={640}
      initialValues={{ placeId: own?.id ?? start.placeId, title: start.title, needIds: start.needIds ?? [], resourceIds: [] }}
      pending={create.isPending}
      onClose={onClose}
      onFinish={finish}
    >
      <Form.Item name="placeId" label={t('projects.field.community')} rules={[{ required: true }]}>
        {own ? (
          <Select disabled options={[{ value: own.id, label: own.name }]} />
        ) : (
          <PlacePicker placeholder={t('projects.field.community.placeholder')} accept={(hit) => hit.kind === 'community'} initialLabel={start.placeName} />
        )}
      </Form.Item>
      <Form.Item name="title" label={t('projects.field.title')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input data-testid="project-title" maxLength={60} showCount placeholder={t('projects.field.title.placeholder')} />
      </Form.Item>
      <Form.Item name="plan" label={t('projects.field.plan')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
        <Input.TextArea data-testid="project-plan" rows={4} maxLength={2000} showCount placeholder={t('projects.field.plan.placeholder')} />
      </Form.Item>
      <Form.Item name="period" label={t('projects.field.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker data-testid="project-period" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="needIds" label={t('projects.field.needs')} extra={t('projects.field.needs.hint')}>
        <Select<number[]>
          mode="multiple"
          data-testid="project-needs"
          disabled={placeId === undefined}
          loading={needs.isFetching}
          optionFilterProp="label"
          notFoundContent={t('projects.field.needs.empty')}
          options={(needs.data?.items ?? [])
            .filter((o) => o.status !== 'cancelled')
            .map((o) => ({ value: o.id, label: `#${o.id} ${label(ORDER_CATEGORY_LABELS[o.category])}：${o.description}` }))}
        />
      </Form.Item>
      <Form.Item name="resourceIds" label={t('projects.field.resources')}>
        <Select<number[]>
          mode="multiple"
          data-testid="project-resources"
          disabled={placeId === undefined}
          loading={resources.isFetching}
          optionFilterProp="label"
          notFoundContent={t('projects.field.resources.empty')}
          options={(resources.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.owner.name}：${r.description}` }))}
        />
      </Form.Item>
      <Form.Item name="owner" label={t('projects.field.owner')} extra={t('projects.field.owner.hint')}>
        <Select<string>
          allowClear
          data-testid="project-owner"
          disabled={placeId === undefined}
          loading={units.isFetching || teams.isFetching}
          placeholder={t('projects.field.owner.placeholder')}
          notFoundContent={t('projects.field.owner.empty')}
          options={ownerOptions}
        />
      </Form.Item>
    </FormModal>
  );
}
