import { App, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useReviewRating } from '../../api/orders.js';
import { useT } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

/** 存疑评价: 计入 or 不计入 the satisfaction and the member's record, after a confirmation with an optional note. */
export function RatingReview({ orderId }: { orderId: number }) {
  const t = useT();
  const [deciding, setDeciding] = useState<boolean | null>(null);
  return (
    <Space size={4}>
      <Button size="small" type="primary" onClick={() => setDeciding(true)} data-testid={`rating-count-${orderId}`}>
        {t('summary.review.count')}
      </Button>
      <Button size="small" danger onClick={() => setDeciding(false)} data-testid={`rating-skip-${orderId}`}>
        {t('summary.review.skip')}
      </Button>
      {deciding !== null && <ReviewModal orderId={orderId} count={deciding} onClose={() => setDeciding(null)} />}
    </Space>
  );
}

function ReviewModal({ orderId, count, onClose }: { orderId: number; count: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const review = useReviewRating();
  const showError = useApiError();
  return (
    <FormModal<{ note?: string }>
      title={count ? t('summary.review.count.title') : t('summary.review.skip.title')}
      form={form}
      pending={review.isPending}
      danger={!count}
      okText={count ? t('summary.review.count') : t('summary.review.skip')}
      onClose={onClose}
      onFinish={(v) =>
        review.mutate(
          { id: orderId, count, note: v.note?.trim() ?? '' },
          {
            onSuccess: () => {
              void message.success(t('summary.review.done'));
              onClose();
            },
            onError: (error) => showError(error, form),
          },
        )
      }
    >
      <Typography.Paragraph>{count ? t('summary.review.count.hint') : t('summary.review.skip.hint')}</Typography.Paragraph>
      <Form.Item name="note" label={t('summary.review.note')} rules={[{ max: 200 }]}>
        <Input.TextArea data-testid="rating-review-note" rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
