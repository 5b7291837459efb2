import { Button, Form, type ImageUploadItem, NoticeBar, Popup, Rate, TextArea } from 'antd-mobile';
import { useState } from 'react';
import type { OrderAction } from '#contracts/orders.js';
import { PHOTO_MAX_COUNT } from '../../api/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { PhotoPicker, photoIds } from './PhotoPicker.js';

export type FormAction = Extract<OrderAction, 'decline' | 'reopen' | 'cancel' | 'note' | 'finish' | 'rate'>;
export type PopupValues = { text: string; photos: number[]; score: number };

type Spec = { title: MessageKey; field: MessageKey; required: boolean; max: number; photos?: boolean; stars?: boolean; hint?: MessageKey };

const SPECS: Record<FormAction, Spec> = {
  decline: { title: 'orders.phone.decline.title', field: 'orders.phone.reason', required: true, max: 200 },
  reopen: { title: 'orders.phone.reopen.title', field: 'orders.phone.reason', required: true, max: 200, hint: 'orders.phone.reopen.hint' },
  cancel: { title: 'orders.phone.cancel.title', field: 'orders.phone.reason', required: true, max: 200 },
  note: { title: 'orders.phone.note.title', field: 'orders.phone.note.text', required: true, max: 500, photos: true },
  finish: { title: 'orders.phone.finish.title', field: 'orders.phone.finish.text', required: false, max: 500, photos: true },
  rate: { title: 'orders.phone.rate.title', field: 'orders.phone.rate.comment', required: false, max: 300, stars: true },
};

type Props = {
  action: FormAction;
  pending: boolean;
  onClose: () => void;
  /** Resolves to the server's refusal, or null when done (the popup then closes). */
  onSubmit: (values: PopupValues) => Promise<string | null>;
};

/** A bottom sheet asking for what a step needs: a reason, a note with photos, or stars and a comment. */
export function ActionPopup({ action, pending, onClose, onSubmit }: Props) {
  const { t } = useI18n();
  const spec = SPECS[action];
  const [form] = Form.useForm<{ text?: string; score?: number }>();
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [uploading, setUploading] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  const finish = async (v: { text?: string; score?: number }) => {
    setFailure(null);
    setFailure(await onSubmit({ text: v.text?.trim() ?? '', photos: photoIds(photos), score: v.score ?? 0 }));
  };

  return (
    <Popup visible onMaskClick={onClose} onClose={onClose} bodyClassName="order-popup" destroyOnClose>
      <div data-testid={`order-popup-${action}`}>
        <div className="order-popup-title">{t(spec.title)}</div>
        {spec.hint && <div className="phone-hint">{t(spec.hint)}</div>}
        {failure && <NoticeBar data-testid="order-popup-error" color="error" wrap content={failure} />}
        <Form
          form={form}
          layout="vertical"
          requiredMarkStyle="none"
          onFinish={(v) => void finish(v)}
          footer={
            <div className="order-actions" style={{ padding: 0 }}>
              <Button block type="submit" color="primary" size="large" loading={pending} disabled={uploading > 0} data-testid="order-popup-submit">
                {t('orders.phone.send')}
              </Button>
              <Button block size="large" fill="none" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            </div>
          }
        >
          {spec.stars && (
            <Form.Item
              name="score"
              label={t('orders.phone.rate.score')}
              rules={[{ required: true, type: 'number', min: 1, message: t('orders.phone.rate.scoreRequired') }]}
            >
              <Rate className="order-rate" data-testid="order-rate-stars" />
            </Form.Item>
          )}
          <Form.Item
            name="text"
            label={t(spec.field)}
            rules={spec.required ? [{ required: true, whitespace: true, message: t('orders.phone.textRequired') }] : []}
          >
            <TextArea
              data-testid="order-popup-text"
              placeholder={spec.required && spec.field === 'orders.phone.reason' ? t('orders.phone.reason.placeholder') : t(spec.field)}
              maxLength={spec.max}
              showCount
              autoSize={{ minRows: 3, maxRows: 6 }}
            />
          </Form.Item>
          {spec.photos && (
            <Form.Item label={t('orders.phone.new.photos', { max: PHOTO_MAX_COUNT })}>
              <PhotoPicker value={photos} onChange={setPhotos} onUploading={setUploading} testId="order-popup-photos" />
            </Form.Item>
          )}
        </Form>
      </div>
    </Popup>
  );
}
