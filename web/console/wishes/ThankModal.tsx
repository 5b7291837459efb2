import { App, Form, Input } from 'antd';
import type { WishDto } from '#contracts/wishes.js';
import { useThankWish } from '../../api/wishes.js';
import { useT } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

/** 致谢: the community thanks whoever made the household's wish come true. */
export function ThankModal({ wish, onClose }: { wish: WishDto; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const thank = useThankWish();
  const showError = useApiError();

  return (
    <FormModal<{ text: string }>
      title={t('wishes.thank.title', { name: wish.claimer?.name ?? '' })}
      form={form}
      pending={thank.isPending}
      okText={t('wishes.thank')}
      onClose={onClose}
      onFinish={({ text }) =>
        thank.mutate(
          { id: wish.id, text: text.trim() },
          {
            onSuccess: () => {
              void message.success(t('wishes.thank.done'));
              onClose();
            },
            onError: (error) => showError(error, form),
          },
        )
      }
    >
      <Form.Item name="text" label={t('wishes.thank.text')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input.TextArea data-testid="wish-thank-text" rows={3} maxLength={200} showCount placeholder={t('wishes.thank.placeholder')} />
      </Form.Item>
    </FormModal>
  );
}
