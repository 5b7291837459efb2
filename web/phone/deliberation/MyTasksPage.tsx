import {
  Button,
  Card,
  Dialog,
  ErrorBlock,
  Form,
  InfiniteScroll,
  NavBar,
  Popup,
  ProgressBar,
  PullToRefresh,
  Slider,
  SpinLoading,
  Tabs,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type Task, type TaskStatus, useMyTaskFeed, useTaskProgress } from '../../api/deliberation.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { useBack } from '../orders/phoneBack.js';
import { clampProgress, latestUpdates } from './topicLogic.js';
import './deliberation.css';

/** 我的任务: what meetings set me to do, by when, and the progress I post until it is done. */
export function MyTasksPage() {
  const { t } = useI18n();
  const back = useBack('/m');
  const [params, setParams] = useSearchParams();
  const status: TaskStatus = params.get('tab') === 'done' ? 'done' : 'open';
  return (
    <div data-testid="tasks-page">
      <NavBar onBack={back}>{t('delib.tasks.mine')}</NavBar>
      <Tabs activeKey={status} onChange={(key) => setParams(key === 'done' ? { tab: 'done' } : {}, { replace: true })} data-testid="tasks-tabs">
        <Tabs.Tab key="open" title={t('delib.tasks.open')} />
        <Tabs.Tab key="done" title={t('delib.tasks.finished')} />
      </Tabs>
      <TaskFeed key={status} status={status} />
    </div>
  );
}

function TaskFeed({ status }: { status: TaskStatus }) {
  const { t, lang } = useI18n();
  const list = useMyTaskFeed(status);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const [updating, setUpdating] = useState<Task | null>(null);

  if (list.isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (list.isError) {
    return (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(list.error, lang, t)}>
        <Button color="primary" onClick={() => void list.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  if (items.length === 0) {
    return (
      <ErrorBlock
        status="empty"
        title={t(status === 'open' ? 'delib.tasks.emptyOpen' : 'delib.tasks.emptyDone')}
        description={status === 'open' ? t('delib.tasks.emptyOpenHint') : null}
        data-testid="tasks-empty"
      />
    );
  }
  return (
    <>
      <PullToRefresh onRefresh={() => list.refetch().then(() => undefined)}>
        <div data-testid="tasks-list">
          {items.map((task) => (
            <TaskCard key={task.id} task={task} onUpdate={() => setUpdating(task)} />
          ))}
        </div>
        <InfiniteScroll loadMore={() => list.fetchNextPage().then(() => undefined)} hasMore={list.hasNextPage} />
      </PullToRefresh>
      <Popup visible={updating !== null} onMaskClick={() => setUpdating(null)} onClose={() => setUpdating(null)} showCloseButton bodyClassName="delib-popup">
        {updating && <ProgressForm key={updating.id} task={updating} onDone={() => setUpdating(null)} />}
      </Popup>
    </>
  );
}

function TaskCard({ task, onUpdate }: { task: Task; onUpdate: () => void }) {
  const { t } = useI18n();
  const id = task.id;
  return (
    <Card
      className="delib-card"
      data-testid={`task-card-${id}`}
      title={
        <div className="delib-head">
          <span className="phone-strong">{task.title}</span>
          {task.status === 'done' ? (
            <Tag color="success" fill="outline" data-testid={`task-status-${id}`}>
              {t('delib.task.done')}
            </Tag>
          ) : task.overdue ? (
            <Tag color="danger" data-testid={`task-status-${id}`}>
              {t('delib.task.overdue')}
            </Tag>
          ) : null}
        </div>
      }
    >
      <div className="delib-meta">{t(task.source.kind === 'joint' ? 'delib.task.fromJoint' : 'delib.task.fromTopic', { text: task.source.text })}</div>
      <div className="delib-meta">
        {task.place.name} · {t('delib.task.deadline', { day: task.deadline })}
      </div>
      <div className="delib-progress">
        <ProgressBar percent={task.progress} text={<span data-testid={`task-progress-${id}`}>{`${task.progress}%`}</span>} />
      </div>
      {task.updates.length > 0 && (
        <div className="delib-updates" data-testid={`task-updates-${id}`}>
          {latestUpdates(task.updates).map((u) => (
            <div key={`${u.at}-${u.progress}`} className="delib-update">
              <span className="delib-update-pct">{`${u.progress}%`}</span> {u.text}
              <div className="phone-time">
                {u.by} · {formatTime(u.at)}
              </div>
            </div>
          ))}
        </div>
      )}
      {task.status === 'open' && (
        <div className="delib-actions-inline">
          <Button block color="primary" fill="outline" onClick={onUpdate} data-testid={`task-update-${id}`}>
            {t('delib.task.update')}
          </Button>
        </div>
      )}
    </Card>
  );
}

type Values = { progress: number; text: string };

/** 更新进度: a slider for how far, a line for what was done; 100% finishes the task, after a confirmation. */
function ProgressForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useTaskProgress();
  const progress = clampProgress(Form.useWatch('progress', form) ?? task.progress);

  const finish = async (v: Values) => {
    const value = clampProgress(v.progress);
    if (value >= 100) {
      const ok = await Dialog.confirm({ content: t('delib.task.finishConfirm'), confirmText: t('common.ok'), cancelText: t('common.cancel') });
      if (!ok) return;
    }
    save.mutate(
      { id: task.id, progress: value, text: v.text.trim() },
      {
        onSuccess: (saved) => {
          Toast.show({ icon: 'success', content: t(saved.status === 'done' ? 'delib.task.finished' : 'delib.task.saved') });
          onDone();
        },
        onError: (error) => Toast.show({ icon: 'fail', content: errorText(error, lang, t) }),
      },
    );
  };

  return (
    <div data-testid="task-progress-form">
      <div className="delib-popup-head">{t('delib.task.update')}</div>
      <div className="phone-hint">{task.title}</div>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        initialValues={{ progress: task.progress, text: '' }}
        onFinish={(v) => void finish(v)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={save.isPending} data-testid="task-progress-submit">
            {progress >= 100 ? t('delib.task.submitDone') : t('delib.task.submit')}
          </Button>
        }
      >
        <Form.Item name="progress" label={t('delib.task.progressValue', { progress })}>
          <Slider data-testid="task-progress-slider" min={0} max={100} step={5} ticks={false} marks={{ 0: '0', 50: '50%', 100: '100%' }} />
        </Form.Item>
        <Form.Item name="text" label={t('delib.task.text')} rules={[{ required: true, whitespace: true, message: t('delib.task.textRequired') }]}>
          <TextArea
            data-testid="task-progress-text"
            placeholder={t('delib.task.textPlaceholder')}
            maxLength={500}
            showCount
            autoSize={{ minRows: 3, maxRows: 6 }}
          />
        </Form.Item>
      </Form>
    </div>
  );
}
