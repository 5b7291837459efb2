import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile } from 'antd';
import { PHOTO_MAX_BYTES, PHOTO_MAX_COUNT, type UploadedPhoto, uploadOrderPhoto } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';

/** The ids the server gave the photos that finished uploading. */
export const uploadedIds = (files: UploadFile[]) => files.flatMap((f) => (f.status === 'done' && f.response ? [(f.response as UploadedPhoto).id] : []));
export const stillUploading = (files: UploadFile[]) => files.some((f) => f.status === 'uploading');

type Props = { value?: UploadFile[]; onChange?: (files: UploadFile[]) => void; testId: string };

/** Up to six JPG/PNG photos, each uploaded at once to /api/orders/photos (the store 微心愿 shares with 服务工单). */
export function PhotoUpload({ value = [], onChange, testId }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const { csrfToken } = useCurrentSession();

  return (
    <div data-testid={testId}>
      <Upload
        listType="picture-card"
        accept="image/jpeg,image/png"
        multiple
        maxCount={PHOTO_MAX_COUNT}
        fileList={value}
        onChange={({ fileList }) => onChange?.(fileList.filter((f) => f.status !== 'error'))}
        beforeUpload={(file) => {
          if (file.size <= PHOTO_MAX_BYTES) return true;
          void message.error(t('wishes.photo.tooBig'));
          return Upload.LIST_IGNORE;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          uploadOrderPhoto(file as File, csrfToken).then(
            (saved) => onSuccess?.(saved),
            (error: unknown) => {
              onError?.(error instanceof Error ? error : new Error(String(error)));
              showError(error);
            },
          );
        }}
      >
        {value.length < PHOTO_MAX_COUNT && (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 8 }}>{t('wishes.photo.add')}</div>
          </button>
        )}
      </Upload>
    </div>
  );
}
