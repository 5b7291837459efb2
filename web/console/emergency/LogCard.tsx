import { Button, Card, Empty, Flex, Form, Input, Timeline, Typography } from 'antd';
import { type RollCall, useAddLog } from '../../api/emergency.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { useApiError } from '../useApiError.js';

type Props = { emergencyId: number; log: RollCall['log']; live: boolean };

/** 处置记录: what was done, newest first; 记录处置 adds a line while the emergency lasts. */
export function LogCard({ emergencyId, log, live }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ text: string }>();
  const add = useAddLog(emergencyId);
  const showError = useApiError();

  const submit = ({ text }: { text: string }) =>
    add.mutate(text.trim(), {
      onSuccess: () => form.resetFields(),
      onError: (error) => showError(error, form),
    });

  return (
    <Card size="small" title={t('emergency.log.title')} data-testid="emergency-log">
      {live && (
        <Form form={form} onFinish={submit} style={{ marginBottom: 16 }}>
          <Flex gap={8} align="flex-start">
            <Form.Item
              name="text"
              rules={[{ required: true, whitespace: true, max: 1000, message: t('emergency.log.required') }]}
              style={{ flex: 1, margin: 0 }}
            >
              <Input.TextArea
                data-testid="emergency-log-text"
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={1000}
                placeholder={t('emergency.log.placeholder')}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="emergency-log-add">
              {t('emergency.log.add')}
            </Button>
          </Flex>
        </Form>
      )}
      {log.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('emergency.log.empty')} />
      ) : (
        <Timeline
          data-testid="emergency-log-list"
          items={log.map((entry, i) => ({
            key: `${entry.at}-${i}`,
            content: (
              <Flex vertical gap={2}>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{entry.text}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {entry.by} · {formatTime(entry.at)}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
