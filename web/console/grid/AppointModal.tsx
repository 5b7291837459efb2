import { App, DatePicker, Form, Input, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { GRID_ROLE_LABELS, type GridRole } from '#contracts/grid.js';
import { useAppointGridRole } from '../../api/grid.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { type GridPlace, GridPlaceSelect } from './GridPlaceSelect.js';
import { rolesAt } from './gridRoles.js';
import { DutyList } from './RoleDuties.js';
import { GridMemberPicker, GridResidentPicker } from './PersonPickers.js';

type PersonKind = 'member' | 'resident';
type Values = {
  placeId: number;
  role: GridRole;
  personKind: PersonKind;
  memberId?: number;
  residentId?: number;
  startDate?: Dayjs;
  duties?: string;
};

type Props = {
  /** The grid or compound of the page. */
  root: GridPlace;
  /** Its community: the members living there are offered first. */
  communityId: number | undefined;
  onClose: () => void;
};

/** 任命: a member (or, as 楼栋长, a resident of the building) takes a role at the grid or a place below it. */
export function AppointModal({ root, communityId, onClose }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const appoint = useAppointGridRole();
  const showError = useApiError();
  const [place, setPlace] = useState<GridPlace | undefined>(root);
  const [personName, setPersonName] = useState<string | undefined>();
  const role = Form.useWatch('role', form);
  const personKind = Form.useWatch('personKind', form) ?? 'member';
  const roles = rolesAt(place?.kind);
  const resident = role === 'buildingLeader' && personKind === 'resident';

  const pickPlace = (next: GridPlace | undefined) => {
    setPlace(next);
    const allowed = rolesAt(next?.kind);
    const current = form.getFieldValue('role') as GridRole | undefined;
    if (!current || !allowed.includes(current)) form.setFieldValue('role', allowed[0]);
    // A resident must live in the chosen building: pick again.
    form.setFieldValue('residentId', undefined);
  };

  return (
    <FormModal<Values>
      title={t('grid.appoint.title')}
      form={form}
      width={560}
      pending={appoint.isPending}
      okText={t('grid.roles.appoint')}
      initialValues={{ placeId: root.id, role: rolesAt(root.kind)[0], personKind: 'member' }}
      onClose={onClose}
      onFinish={(v) => {
        const person = resident ? { residentId: v.residentId } : { memberId: v.memberId };
        appoint.mutate(
          { placeId: v.placeId, role: v.role, ...person, startDate: v.startDate?.format('YYYY-MM-DD'), duties: v.duties?.trim() ?? '' },
          {
            onSuccess: (dto) => {
              void message.success(t('grid.appoint.done', { name: dto.person.name || personName || '', role: label(GRID_ROLE_LABELS[dto.role]) }));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        );
      }}
    >
      <Form.Item name="placeId" label={t('grid.appoint.place')} extra={t('grid.appoint.placeHint')} rules={[{ required: true }]}>
        <GridPlaceSelect root={root} onPicked={pickPlace} />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('grid.appoint.role')}
        rules={[{ required: true }]}
        extra={role ? <DutyList role={role} compact /> : undefined}
        help={place && roles.length === 0 ? t('grid.appoint.noRole') : undefined}
        validateStatus={place && roles.length === 0 ? 'warning' : undefined}
      >
        <Select<GridRole>
          data-testid="grid-appoint-role"
          placeholder={t('grid.appoint.roleHint')}
          disabled={roles.length === 0}
          options={roles.map((r) => ({ value: r, label: label(GRID_ROLE_LABELS[r]) }))}
        />
      </Form.Item>
      {role === 'buildingLeader' && (
        <Form.Item name="personKind" label={t('grid.appoint.personKind')}>
          <Segmented<PersonKind>
            data-testid="grid-appoint-kind"
            options={[
              { value: 'member', label: t('grid.appoint.kind.member') },
              { value: 'resident', label: t('grid.appoint.kind.resident') },
            ]}
          />
        </Form.Item>
      )}
      {resident ? (
        <Form.Item name="residentId" label={t('grid.appoint.resident')} rules={[{ required: true }]}>
          <GridResidentPicker placeId={place?.id} onPicked={setPersonName} />
        </Form.Item>
      ) : (
        <Form.Item name="memberId" label={t('grid.appoint.member')} rules={[{ required: true }]}>
          <GridMemberPicker communityId={communityId} onPicked={setPersonName} />
        </Form.Item>
      )}
      <Form.Item name="startDate" label={t('grid.appoint.startDate')}>
        <DatePicker
          style={{ width: '100%' }}
          data-testid="grid-appoint-start"
          placeholder={dayjs().format('YYYY-MM-DD')}
          disabledDate={(d) => d.isAfter(dayjs().add(1, 'year'))}
        />
      </Form.Item>
      <Form.Item name="duties" label={`${t('grid.appoint.duties')}${t('common.optional')}`} extra={t('grid.appoint.dutiesHint')} rules={[{ max: 500 }]}>
        <Input.TextArea data-testid="grid-appoint-duties" rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
