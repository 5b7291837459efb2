import { App, Button, Descriptions, Drawer, Empty, Form, Input, InputNumber, Slider, Timeline, Typography } from 'antd';
import { type Task, useTaskProgress } from '../../api/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { useApiError } from '../useApiError.js';
import { ownerKindText, TaskProgress } from './DeliberationBits.js';

type Values = { progress: number; text: string };

/** One task: where it came from, its progress history (newest first), and a form to post progress while open. */
export function TaskDrawer({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useTaskProgress();
  const showError = useApiError();
  const updates = [...task.updates].reverse();

  const post = (v: Values) =>
    save.mutate(
      { id: task.id, progress: v.progress, text: v.text.trim() },
      {
        onSuccess: (saved) => {
          void message.success(t(saved.status === 'done' ? 'delib.task.finished' : 'delib.task.saved'));
          form.resetFields(['text']);
        },
        onError: (e) => showError(e, form),
      },
    );

  const finish = (v: Values) => {
    if (v.progress < 100) return post(v);
    modal.confirm({
      title: t('delib.task.finishTitle'),
      content: t('delib.task.finishConfirm'),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: () => post(v),
    });
  };

  return (
    <Drawer open size={520} title={task.title} onClose={onClose} data-testid="task-drawer">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('delib.col.source')}>{task.source.text}</Descriptions.Item>
        <Descriptions.Item label={t('delib.col.owner')}>
          {task.owner.name}（{ownerKindText(task.owner.kind, t)}）
        </Descriptions.Item>
        <Descriptions.Item label={t('delib.col.deadline')}>{task.deadline}</Descriptions.Item>
        <Descriptions.Item label={t('delib.col.progress')}>
          <TaskProgress progress={task.progress} overdue={task.overdue} done={task.status === 'done'} />
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('delib.task.history')}
      </Typography.Title>
      {updates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('delib.task.noUpdates')} />
      ) : (
        <Timeline
          data-testid="task-history"
          items={updates.map((u) => ({
            key: `${u.at}-${u.progress}`,
            color: u.progress >= 100 ? 'green' : 'blue',
            content: (
              <>
                <Typography.Text strong>{`${u.progress}%`}</Typography.Text> {u.text}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {u.by} · {formatTime(u.at)}
                  </Typography.Text>
                </div>
              </>
            ),
          }))}
        />
      )}

      {task.status === 'open' && (
        <>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {t('delib.task.update')}
          </Typography.Title>
          <Form<Values> form={form} layout="vertical" initialValues={{ progress: task.progress, text: '' }} onFinish={finish}>
            <Form.Item label={t('delib.task.progressLabel')} required>
              <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                <Form.Item name="progress" noStyle>
                  <Slider style={{ flex: 1 }} min={0} max={100} step={5} />
                </Form.Item>
                <Form.Item name="progress" noStyle rules={[{ required: true, message: t('delib.task.progressRequired') }]}>
                  <InputNumber data-testid="task-drawer-progress" min={0} max={100} precision={0} suffix="%" style={{ width: 96 }} />
                </Form.Item>
              </div>
            </Form.Item>
            <Form.Item
              name="text"
              label={t('delib.task.text')}
              rules={[
                { required: true, whitespace: true, message: t('delib.task.textRequired') },
                { max: 500, message: t('delib.task.textTooLong') },
              ]}
            >
              <Input.TextArea data-testid="task-drawer-text" rows={3} maxLength={500} showCount placeholder={t('delib.task.textPlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="task-drawer-submit">
              {t('delib.task.submit')}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
