import { ImageUploader, type ImageUploadItem, Toast } from 'antd-mobile';
import { errorText } from '../../api/errorText.js';
import { PHOTO_MAX_BYTES, PHOTO_MAX_COUNT, uploadOrderPhoto } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';

type Props = {
  value: ImageUploadItem[];
  onChange: (items: ImageUploadItem[]) => void;
  /** How many are still on their way up: the form waits for them. */
  onUploading: (count: number) => void;
  testId: string;
};

/** The ids the server gave the uploaded photos, for `photos` in the request. */
export const photoIds = (items: ImageUploadItem[]) => items.map((item) => (item.extra as { id: number }).id);

/** Up to six photos from the camera, each uploaded at once; thumbnails with a remove button. */
export function PhotoPicker({ value, onChange, onUploading, testId }: Props) {
  const { t, lang } = useI18n();
  const { csrfToken } = useCurrentSession();

  const upload = async (file: File): Promise<ImageUploadItem> => {
    try {
      const saved = await uploadOrderPhoto(file, csrfToken);
      return { key: saved.id, url: URL.createObjectURL(file), extra: { id: saved.id } };
    } catch (error) {
      Toast.show({ icon: 'fail', content: errorText(error, lang, t) });
      throw error;
    }
  };

  return (
    <div data-testid={testId}>
      <ImageUploader
        className="order-uploader"
        value={value}
        onChange={onChange}
        upload={upload}
        accept="image/*"
        capture="environment"
        multiple
        maxCount={PHOTO_MAX_COUNT}
        showFailed={false}
        onUploadQueueChange={(tasks) => onUploading(tasks.filter((task) => task.status === 'pending').length)}
        beforeUpload={(file) => {
          if (file.size <= PHOTO_MAX_BYTES) return file;
          Toast.show({ icon: 'fail', content: t('orders.phone.photo.tooBig') });
          return null;
        }}
        onDelete={(item) => URL.revokeObjectURL(item.url)}
      />
    </div>
  );
}
