import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider.js';

type Props<V> = {
  title: ReactNode;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  onFinish: (values: V) => void;
  onClose: () => void;
  pending: boolean;
  okText?: string;
  danger?: boolean;
  width?: number;
  children: ReactNode;
};

/** A modal holding one form: OK submits it, Cancel closes. Rendered only while open. */
export function FormModal<V extends object>({ title, form, initialValues, onFinish, onClose, pending, okText, danger, width, children }: Props<V>) {
  const t = useT();
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      okText={okText ?? t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      mask={{ closable: false }}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} preserve={false}>
        {children}
      </Form>
    </Modal>
  );
}
