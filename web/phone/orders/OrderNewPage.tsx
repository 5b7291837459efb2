import { Button, ErrorBlock, Form, type ImageUploadItem, NavBar, NoticeBar, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ORDER_CATEGORIES, ORDER_CATEGORY_LABELS, type OrderCategory } from '#contracts/labels.js';
import { errorText } from '../../api/errorText.js';
import { PHOTO_MAX_COUNT, useSubmitOrder } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useElderMode } from '../../shared/elder.js';
import { useBack } from './phoneBack.js';
import { PhotoPicker, photoIds } from './PhotoPicker.js';
import './orders.css';

type Values = { category: OrderCategory[]; description: string };

/** 居民点单: what kind of help, what is wrong, photos; then the order's page. */
export function OrderNewPage() {
  const { t, lang, label } = useI18n();
  const { account } = useCurrentSession();
  const back = useBack('/m');
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitOrder();
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [uploading, setUploading] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  // Elder mode's larger type needs wider cells for the longer names.
  const columns = useElderMode() ? 2 : 3;

  const finish = (v: Values) => {
    const category = v.category[0];
    if (!category) return;
    if (uploading > 0) {
      Toast.show({ content: t('orders.phone.photo.uploading') });
      return;
    }
    setFailure(null);
    submit.mutate(
      { category, description: v.description.trim(), photos: photoIds(photos) },
      {
        onSuccess: (order) => {
          Toast.show({ icon: 'success', content: t('orders.phone.new.done') });
          navigate(`/m/orders/${order.id}`, { replace: true });
        },
        onError: (error) => setFailure(errorText(error, lang, t)),
      },
    );
  };

  return (
    <div data-testid="order-new-page">
      <NavBar onBack={back}>{t('orders.phone.new.title')}</NavBar>
      {account.role !== 'resident' ? (
        <ErrorBlock status="empty" title={t('orders.phone.new.onlyResident')} description={null} />
      ) : (
        <>
          {failure && <NoticeBar data-testid="order-error" color="error" wrap content={failure} />}
          <Form
            form={form}
            layout="vertical"
            mode="card"
            requiredMarkStyle="none"
            initialValues={{ category: [] }}
            onFinish={finish}
            footer={
              <Button block type="submit" color="primary" size="large" loading={submit.isPending} disabled={uploading > 0} data-testid="order-submit">
                {t('orders.phone.new.submit')}
              </Button>
            }
          >
            <Form.Item
              name="category"
              label={t('orders.phone.new.category')}
              rules={[{ required: true, type: 'array', min: 1, message: t('orders.phone.new.categoryRequired') }]}
            >
              <Selector
                className="order-categories"
                data-testid="order-category"
                columns={columns}
                options={ORDER_CATEGORIES.map((c) => ({ value: c, label: label(ORDER_CATEGORY_LABELS[c]) }))}
              />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('orders.phone.new.description')}
              rules={[{ required: true, whitespace: true, message: t('orders.phone.new.descriptionRequired') }]}
            >
              <TextArea
                data-testid="order-description"
                placeholder={t('orders.field.description.placeholder')}
                maxLength={500}
                showCount
                autoSize={{ minRows: 3, maxRows: 8 }}
              />
            </Form.Item>
            <Form.Item label={t('orders.phone.new.photos', { max: PHOTO_MAX_COUNT })}>
              <PhotoPicker value={photos} onChange={setPhotos} onUploading={setUploading} testId="order-photo-picker" />
            </Form.Item>
          </Form>
        </>
      )}
    </div>
  );
}
