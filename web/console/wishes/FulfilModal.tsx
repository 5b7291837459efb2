import { App, Form, Input, type UploadFile } from 'antd';
import type { WishDto } from '#contracts/wishes.js';
import { PHOTO_MAX_COUNT } from '../../api/orders.js';
import { useFulfilWish } from '../../api/wishes.js';
import { useT } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { PhotoUpload, stillUploading, uploadedIds } from './PhotoUpload.js';

type Values = { text?: string; photos: UploadFile[] };

/** 实现心愿: the claimer shows it done with at least one photo and a few words. */
export function FulfilModal({ wish, onClose }: { wish: WishDto; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fulfil = useFulfilWish();
  const showError = useApiError();

  const finish = (v: Values) =>
    fulfil.mutate(
      { id: wish.id, text: v.text?.trim() ?? '', photos: uploadedIds(v.photos) },
      {
        onSuccess: () => {
          void message.success(t('wishes.fulfil.done'));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('wishes.fulfil.title', { title: wish.title })}
      form={form}
      initialValues={{ photos: [] }}
      pending={fulfil.isPending}
      okText={t('wishes.fulfil')}
      onClose={onClose}
      onFinish={finish}
    >
      <Form.Item
        name="photos"
        label={t('wishes.fulfil.photos', { max: PHOTO_MAX_COUNT })}
        valuePropName="value"
        rules={[
          {
            validator: (_, files: UploadFile[] = []) =>
              stillUploading(files)
                ? Promise.reject(new Error(t('wishes.photo.uploading')))
                : uploadedIds(files).length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('wishes.fulfil.photoRequired'))),
          },
        ]}
      >
        <PhotoUpload testId="wish-fulfil-photos" />
      </Form.Item>
      <Form.Item name="text" label={t('wishes.fulfil.text')} rules={[{ max: 300 }]}>
        <Input.TextArea data-testid="wish-fulfil-text" rows={3} maxLength={300} showCount />
      </Form.Item>
    </FormModal>
  );
}
