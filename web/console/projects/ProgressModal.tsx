import { App, Form, Input, Radio } from 'antd';
import type { ProjectDto } from '#contracts/projects.js';
import { type ProgressInput, useProgressProject } from '../../api/projects.js';
import { useT } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

type Values = { status: ProgressInput['status']; outcome?: string };

/** 进展与成效: under way, done (with what came of it) or called off. Done and cancelled are final. */
export function ProgressModal({ project, onClose }: { project: ProjectDto; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);
  const progress = useProgressProject();
  const showError = useApiError();

  return (
    <FormModal<Values>
      title={t('projects.progress.title', { title: project.title })}
      form={form}
      initialValues={{ status: project.status === 'planned' ? 'active' : 'done', outcome: project.outcome }}
      pending={progress.isPending}
      onClose={onClose}
      onFinish={(v) =>
        progress.mutate(
          { id: project.id, status: v.status, outcome: v.outcome?.trim() ?? '' },
          {
            onSuccess: () => {
              void message.success(t('projects.progress.done'));
              onClose();
            },
            onError: (error) => showError(error, form),
          },
        )
      }
    >
      <Form.Item name="status" label={t('projects.field.status')} rules={[{ required: true }]} extra={t('projects.progress.final')}>
        <Radio.Group
          data-testid="project-progress-status"
          options={(['active', 'done', 'cancelled'] as const).map((s) => ({ value: s, label: t(`projects.status.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('projects.field.outcome')}
        rules={[{ required: status === 'done', whitespace: true, message: t('projects.progress.outcomeRequired') }, { max: 2000 }]}
      >
        <Input.TextArea data-testid="project-outcome" rows={4} maxLength={2000} showCount placeholder={t('projects.field.outcome.placeholder')} />
      </Form.Item>
    </FormModal>
  );
}
