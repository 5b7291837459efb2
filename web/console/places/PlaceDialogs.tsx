import { Alert, App, Form, Input, Select } from 'antd';
import type { PlaceKind } from '#contracts/labels.js';
import type { PlaceDetailDto, PlaceDto } from '#contracts/places.js';
import { useCreatePlace, useMovePlace, useRenamePlace, useRetirePlace } from '../../api/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { canPlaceUnder, childKindsOf, needsStatisticalCode } from '#contracts/rules.js';
import type { PlaceDialog } from './PlaceActions.js';
import { PlacePicker } from './PlacePicker.js';

type DialogProps = {
  place: PlaceDetailDto;
  onClose: () => void;
  /** Done; after adding, with the new child. */
  onDone: (added?: PlaceDto) => void;
};

export function PlaceDialogs({ dialog, ...props }: DialogProps & { dialog: PlaceDialog }) {
  switch (dialog) {
    case 'add':
      return <AddChildDialog {...props} />;
    case 'rename':
      return <RenameDialog {...props} />;
    case 'move':
      return <MoveDialog {...props} />;
    case 'retire':
      return <RetireDialog {...props} />;
  }
}

/** Blank optional text becomes absent, as the contracts expect. */
const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

type AddValues = { kind: PlaceKind; name: string; code?: string };

function AddChildDialog({ place, onClose, onDone }: DialogProps) {
  const { t, kindLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const create = useCreatePlace();
  const showError = useApiError();
  const kinds = childKindsOf(place.kind);
  const kind = Form.useWatch('kind', form);

  const submit = ({ kind, name, code }: AddValues) =>
    create.mutate(
      { parentId: place.id, kind, name: name.trim(), code: optional(code) },
      {
        onSuccess: (created) => {
          void message.success(t('places.done.added', { name: created.name }));
          onDone(created);
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<AddValues>
      title={t('places.add.title', { name: place.name })}
      form={form}
      initialValues={{ kind: kinds[0] }}
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending}
    >
      <Form.Item name="kind" label={t('places.field.kind')} rules={[{ required: true }]}>
        <Select data-testid="place-kind-select" options={kinds.map((k) => ({ value: k, label: kindLabel(k) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('places.field.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
        <Input autoFocus maxLength={50} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('places.field.code')}
        extra={t('places.code.hint')}
        rules={[{ required: kind !== undefined && needsStatisticalCode(kind) }, { pattern: /^[0-9A-Za-z-]{1,32}$/ }]}
      >
        <Input maxLength={32} />
      </Form.Item>
    </FormModal>
  );
}

type RenameValues = { name: string; code: string };

function RenameDialog({ place, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RenameValues>();
  const rename = useRenamePlace();
  const showError = useApiError();

  const submit = ({ name, code }: RenameValues) =>
    rename.mutate(
      { id: place.id, name: name.trim(), code: optional(code) },
      {
        onSuccess: () => {
          void message.success(t('places.done.renamed'));
          onDone();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<RenameValues>
      title={t('places.rename.title', { name: place.name })}
      form={form}
      initialValues={{ name: place.name, code: place.code }}
      onFinish={submit}
      onClose={onClose}
      pending={rename.isPending}
    >
      <Form.Item name="name" label={t('places.field.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
        <Input autoFocus maxLength={50} />
      </Form.Item>
      <Form.Item name="code" label={t('places.field.code')} rules={[{ required: true }, { pattern: /^[0-9A-Za-z-]{1,32}$/ }]}>
        <Input maxLength={32} />
      </Form.Item>
    </FormModal>
  );
}

type MoveValues = { parentId: number };

function MoveDialog({ place, onClose, onDone }: DialogProps) {
  const { t, kindLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const move = useMovePlace();
  const showError = useApiError();

  const submit = ({ parentId }: MoveValues) =>
    move.mutate(
      { id: place.id, parentId },
      {
        onSuccess: () => {
          void message.success(t('places.done.moved'));
          onDone();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<MoveValues> title={t('places.move.title', { name: place.name })} form={form} onFinish={submit} onClose={onClose} pending={move.isPending}>
      <Form.Item name="parentId" label={t('places.move.parent')} extra={t('places.move.hint', { kind: kindLabel(place.kind) })} rules={[{ required: true }]}>
        <PlacePicker
          placeholder={t('places.move.placeholder')}
          // The server also refuses a place's own descendants; those cannot be told apart from a hit.
          accept={(hit) => !hit.retired && hit.id !== place.id && hit.id !== place.parentId && canPlaceUnder(place.kind, hit.kind)}
        />
      </Form.Item>
    </FormModal>
  );
}

type RetireValues = { reason?: string };

function RetireDialog({ place, onClose, onDone }: DialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RetireValues>();
  const retire = useRetirePlace();
  const showError = useApiError();

  const submit = ({ reason }: RetireValues) =>
    retire.mutate(
      { id: place.id, reason: reason?.trim() ?? '' },
      {
        onSuccess: () => {
          void message.success(t('places.done.retired'));
          onDone();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<RetireValues>
      title={t('places.retire.title', { name: place.name })}
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={retire.isPending}
      okText={t('places.action.retire')}
      danger
    >
      <Alert type="warning" showIcon title={t('places.retire.hint')} style={{ marginBottom: 16 }} />
      <Form.Item name="reason" label={t('places.retire.reason')} rules={[{ max: 200 }]}>
        <Input.TextArea autoFocus rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
