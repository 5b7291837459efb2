import { App, Form, Input, InputNumber, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { POST_CLASS_LABELS, POST_CLASSES, type PostClass } from '#contracts/labels.js';
import { useCreatePost } from '../../api/activities.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';

type Values = { placeId: number; postClass: PostClass; name: string; duties?: string; slots: number };

/** 设岗: a post in a community, of one of the eight classes, with its duties and how many may hold it. */
export function PostFormModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { place } = useCurrentSession().account;
  const own = place.kind === 'community' ? place : null;
  const [form] = Form.useForm<Values>();
  const create = useCreatePost();
  const showError = useApiError();

  const finish = (v: Values) =>
    create.mutate(
      { placeId: v.placeId, postClass: v.postClass, name: v.name.trim(), duties: v.duties?.trim() ?? '', slots: v.slots },
      {
        onSuccess: (post) => {
          void message.success(t('posts.new.done', { name: post.name }));
          onClose();
          navigate(`/posts/${post.id}`);
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('posts.new.title')}
      form={form}
      width={560}
      pending={create.isPending}
      onClose={onClose}
      onFinish={finish}
      initialValues={{ placeId: own?.id, slots: 2 }}
    >
      <Form.Item name="placeId" label={t('posts.field.place')} rules={[{ required: true }]}>
        <PlacePicker placeholder={t('posts.field.place.placeholder')} accept={(hit) => hit.kind === 'community'} initialLabel={own?.name} />
      </Form.Item>
      <Form.Item name="postClass" label={t('posts.field.class')} rules={[{ required: true }]}>
        <Select<PostClass> data-testid="post-class" options={POST_CLASSES.map((c) => ({ value: c, label: label(POST_CLASS_LABELS[c]) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('posts.field.name')} rules={[{ required: true, whitespace: true, max: 40 }]}>
        <Input data-testid="post-name" maxLength={40} placeholder={t('posts.field.name.placeholder')} />
      </Form.Item>
      <Form.Item name="duties" label={t('posts.field.duties')} rules={[{ max: 500 }]}>
        <Input.TextArea data-testid="post-duties" rows={3} maxLength={500} showCount placeholder={t('posts.field.duties.placeholder')} />
      </Form.Item>
      <Form.Item name="slots" label={t('posts.field.slots')} rules={[{ required: true }]} extra={t('posts.field.slots.hint')}>
        <InputNumber data-testid="post-slots" min={1} max={50} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
