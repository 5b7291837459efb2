import { Button, Form, type ImageUploadItem, NoticeBar, Popup, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { PHOTO_MAX_COUNT } from '../../api/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PhotoPicker, photoIds } from '../orders/PhotoPicker.js';
import '../orders/orders.css';

export type WishStep = 'fulfil' | 'thank';

type Props = {
  step: WishStep;
  pending: boolean;
  onClose: () => void;
  /** Resolves to the server's refusal, or null when done (the popup then closes). */
  onSubmit: (values: { text: string; photos: number[] }) => Promise<string | null>;
};

/** A bottom sheet: 实现 asks for photos (at least one) and a few words; 致谢 for the thanks. */
export function WishPopup({ step, pending, onClose, onSubmit }: Props) {
  const { t } = useI18n();
  const fulfil = step === 'fulfil';
  const [form] = Form.useForm<{ text?: string }>();
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [uploading, setUploading] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  const finish = async (v: { text?: string }) => {
    if (fulfil && photos.length === 0) {
      setFailure(t('wishes.fulfil.photoRequired'));
      return;
    }
    setFailure(await onSubmit({ text: v.text?.trim() ?? '', photos: photoIds(photos) }));
  };

  return (
    <Popup visible onMaskClick={onClose} onClose={onClose} bodyClassName="order-popup" destroyOnClose>
      <div data-testid={`wish-popup-${step}`}>
        <div className="order-popup-title">{fulfil ? t('wishes.phone.fulfil.title') : t('wishes.phone.thank.title')}</div>
        {failure && <NoticeBar data-testid="wish-popup-error" color="error" wrap content={failure} />}
        <Form
          form={form}
          layout="vertical"
          requiredMarkStyle="none"
          onFinish={(v) => void finish(v)}
          footer={
            <div className="order-actions" style={{ padding: 0 }}>
              <Button block type="submit" color="primary" size="large" loading={pending} disabled={uploading > 0} data-testid="wish-popup-submit">
                {fulfil ? t('wishes.fulfil') : t('wishes.thank')}
              </Button>
              <Button block size="large" fill="none" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            </div>
          }
        >
          {fulfil && (
            <Form.Item label={t('wishes.fulfil.photos', { max: PHOTO_MAX_COUNT })}>
              <PhotoPicker value={photos} onChange={setPhotos} onUploading={setUploading} testId="wish-popup-photos" />
            </Form.Item>
          )}
          <Form.Item
            name="text"
            label={fulfil ? t('wishes.fulfil.text') : t('wishes.thank.text')}
            rules={fulfil ? [] : [{ required: true, whitespace: true, message: t('wishes.thank.required') }]}
          >
            <TextArea
              data-testid="wish-popup-text"
              placeholder={fulfil ? t('wishes.fulfil.text') : t('wishes.thank.placeholder')}
              maxLength={fulfil ? 300 : 200}
              showCount
              autoSize={{ minRows: 3, maxRows: 6 }}
            />
          </Form.Item>
        </Form>
      </div>
    </Popup>
  );
}
