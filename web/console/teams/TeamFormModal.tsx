import { App, Form, Input, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { TALENT_CLASSES, TALENT_LABELS, type TalentClass } from '#contracts/labels.js';
import { useCreateTeam } from '../../api/activities.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { MemberPicker } from './MemberPicker.js';

type Values = { placeId: number; name: string; specialty: TalentClass; memberIds: number[]; leaderId?: number };

/** 组建服务队: a community, a name and specialty, members living there, and one of them as leader. */
export function TeamFormModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { place } = useCurrentSession().account;
  const own = place.kind === 'community' ? place : null;
  const [form] = Form.useForm<Values>();
  const create = useCreateTeam();
  const showError = useApiError();
  const placeId = Form.useWatch('placeId', form);
  const memberIds = Form.useWatch('memberIds', form) ?? [];
  const [picked, setPicked] = useState<{ id: number; name: string }[]>([]);

  // Members belong to one community: another community starts the crew afresh.
  const shownPlace = useRef(placeId);
  useEffect(() => {
    if (shownPlace.current === placeId) return;
    shownPlace.current = placeId;
    form.setFieldsValue({ memberIds: [], leaderId: undefined });
    setPicked([]);
  }, [form, placeId]);

  // The leader must stay among the members.
  useEffect(() => {
    const leader = form.getFieldValue('leaderId') as number | undefined;
    if (leader !== undefined && !memberIds.includes(leader)) form.setFieldValue('leaderId', undefined);
  }, [form, memberIds]);

  const finish = (v: Values) =>
    create.mutate(
      { placeId: v.placeId, name: v.name.trim(), specialty: v.specialty, memberIds: v.memberIds ?? [], leaderId: v.leaderId },
      {
        onSuccess: (team) => {
          void message.success(t('teams.new.done', { name: team.name }));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('teams.new.title')}
      form={form}
      width={600}
      pending={create.isPending}
      onClose={onClose}
      onFinish={finish}
      initialValues={{ placeId: own?.id, memberIds: [] }}
    >
      <Form.Item name="placeId" label={t('teams.field.place')} rules={[{ required: true }]}>
        <PlacePicker placeholder={t('teams.field.place.placeholder')} accept={(hit) => hit.kind === 'community'} initialLabel={own?.name} />
      </Form.Item>
      <Form.Item name="name" label={t('teams.field.name')} rules={[{ required: true, whitespace: true, max: 40 }]}>
        <Input data-testid="team-name" maxLength={40} placeholder={t('teams.field.name.placeholder')} />
      </Form.Item>
      <Form.Item name="specialty" label={t('teams.field.specialty')} rules={[{ required: true }]}>
        <Select<TalentClass> data-testid="team-specialty" options={TALENT_CLASSES.map((c) => ({ value: c, label: label(TALENT_LABELS[c]) }))} />
      </Form.Item>
      <Form.Item name="memberIds" label={t('teams.field.members')} extra={t('teams.field.members.hint')}>
        <MemberPicker placeId={placeId} onPicked={setPicked} />
      </Form.Item>
      <Form.Item name="leaderId" label={t('teams.field.leader')}>
        <Select<number>
          data-testid="team-leader"
          allowClear
          disabled={picked.length === 0}
          placeholder={t('teams.field.leader.placeholder')}
          options={picked.map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
    </FormModal>
  );
}
