import { App, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCreateActivity, useTeams, useThemes } from '../../api/activities.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { monthOf, pickedToIso } from './activityTime.js';

type Values = {
  placeId: number;
  title: string;
  range: [Dayjs, Dayjs];
  theme?: string;
  location: string;
  capacity: number;
  pointsPerHour: number;
  teamId?: number;
  description?: string;
};

/** 发布活动: where (the admin's places), when, how many, points per hour; the theme starts as the month's 一月一主题. */
export function ActivityFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { place } = useCurrentSession().account;
  const [form] = Form.useForm<Values>();
  const create = useCreateActivity();
  const showError = useApiError();
  const own = place.kind === 'community' || place.kind === 'street' ? place : null;

  const placeId = Form.useWatch('placeId', form);
  const range = Form.useWatch('range', form);
  const teams = useTeams({ placeId, page: 1, pageSize: 200 }, placeId !== undefined);
  const month = range?.[0] ? monthOf(range[0]) : monthOf(dayjs());
  const themes = useThemes(Number(month.slice(0, 4)));
  const monthTheme = themes.data?.find((th) => th.month === month)?.theme ?? '';
  usePrefillTheme(form, monthTheme);
  // A team belongs to one place: choosing another place clears it.
  useEffect(() => {
    if (placeId !== undefined) form.setFieldValue('teamId', undefined);
  }, [form, placeId]);

  const finish = (v: Values) =>
    create.mutate(
      {
        placeId: v.placeId,
        title: v.title.trim(),
        theme: v.theme?.trim() ?? '',
        location: v.location.trim(),
        startsAt: pickedToIso(v.range[0]),
        endsAt: pickedToIso(v.range[1]),
        capacity: v.capacity,
        pointsPerHour: v.pointsPerHour,
        teamId: v.teamId,
        description: v.description?.trim() ?? '',
      },
      {
        onSuccess: (activity) => {
          void message.success(t('act.new.done'));
          onClose();
          navigate(`/activities/${activity.id}`);
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('act.new.title')}
      form={form}
      width={640}
      pending={create.isPending}
      onClose={onClose}
      onFinish={finish}
      initialValues={{ placeId: own?.id, capacity: 30, pointsPerHour: 1 }}
    >
      <Form.Item name="placeId" label={t('act.field.place')} rules={[{ required: true }]}>
        <PlacePicker
          placeholder={t('act.field.place.placeholder')}
          accept={(hit) => hit.kind === 'community' || hit.kind === 'street'}
          initialLabel={own?.name}
        />
      </Form.Item>
      <Form.Item name="title" label={t('act.field.title')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input data-testid="activity-title" maxLength={60} placeholder={t('act.field.title.placeholder')} />
      </Form.Item>
      <Form.Item name="range" label={t('act.field.time')} rules={[{ required: true, message: t('act.field.time.required') }]} extra={t('act.field.time.hint')}>
        <DatePicker.RangePicker
          data-testid="activity-range"
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          presets={[
            { label: t('act.preset.now'), value: () => [dayjs().startOf('minute'), dayjs().startOf('minute').add(2, 'hour')] },
            { label: t('act.preset.tomorrow'), value: () => [dayjs().add(1, 'day').hour(9).startOf('hour'), dayjs().add(1, 'day').hour(11).startOf('hour')] },
          ]}
        />
      </Form.Item>
      <Form.Item name="theme" label={t('act.field.theme')} rules={[{ max: 60 }]} extra={monthTheme ? t('act.field.theme.hint', { month }) : undefined}>
        <Input data-testid="activity-theme" maxLength={60} placeholder={t('act.field.theme.placeholder')} />
      </Form.Item>
      <Form.Item name="location" label={t('act.field.location')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input data-testid="activity-location" maxLength={100} placeholder={t('act.field.location.placeholder')} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="capacity" label={t('act.field.capacity')} rules={[{ required: true }]} style={{ flex: 1 }}>
          <InputNumber data-testid="activity-capacity" min={1} max={10_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="pointsPerHour" label={t('act.field.points')} rules={[{ required: true }]} style={{ flex: 1 }} extra={t('act.field.points.hint')}>
          <InputNumber data-testid="activity-points" min={0} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="teamId" label={t('act.field.team')} extra={t('act.field.team.hint')}>
        <Select<number>
          data-testid="activity-team"
          allowClear
          disabled={placeId === undefined}
          loading={teams.isFetching}
          placeholder={t('act.field.team.placeholder')}
          notFoundContent={t('act.field.team.none')}
          options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: `${team.name} · ${team.place.name}` }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('act.field.description')} rules={[{ max: 1000 }]}>
        <Input.TextArea data-testid="activity-description" rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** Puts the month's theme in the field while the admin has not typed their own. */
function usePrefillTheme(form: ReturnType<typeof Form.useForm<Values>>[0], monthTheme: string) {
  const last = useRef('');
  useEffect(() => {
    const current = form.getFieldValue('theme') as string | undefined;
    if (!current || current === last.current) form.setFieldValue('theme', monthTheme);
    last.current = monthTheme;
  }, [form, monthTheme]);
}
