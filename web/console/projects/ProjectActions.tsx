import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { ProjectDto } from '#contracts/projects.js';
import { useClaimProject } from '../../api/projects.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { useApiError } from '../useApiError.js';
import { ProgressModal } from './ProgressModal.js';

/** 认领 for a unit secretary on an open project; 进展 for admins and the owning unit while it runs. */
export function ProjectActions({ project: p }: { project: ProjectDto }) {
  const t = useT();
  const { message } = App.useApp();
  const { role } = useCurrentSession().account;
  const claim = useClaimProject();
  const showError = useApiError();
  const [progressing, setProgressing] = useState(false);
  const secretary = role === 'unitSecretary';

  const claimable = secretary && p.status === 'open';
  // A secretary sees open projects and the unit's own: any other it sees is the unit's.
  const owner = can.manageProjects(role) || (secretary && p.owner?.kind === 'unit');
  const running = p.status === 'planned' || p.status === 'active';
  if (!claimable && !(owner && running)) return <span>—</span>;

  return (
    <Space size={4} wrap>
      {claimable && (
        <Popconfirm
          title={t('projects.claim.confirm', { title: p.title })}
          okText={t('projects.claim')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            claim.mutateAsync(p.id).then(
              () => void message.success(t('projects.claim.done')),
              (error: unknown) => void showError(error),
            )
          }
        >
          <Button type="primary" size="small" loading={claim.isPending} data-testid={`project-claim-${p.id}`}>
            {t('projects.claim')}
          </Button>
        </Popconfirm>
      )}
      {owner && running && (
        <Button size="small" onClick={() => setProgressing(true)} data-testid={`project-progress-${p.id}`}>
          {t('projects.progress')}
        </Button>
      )}
      {progressing && <ProgressModal project={p} onClose={() => setProgressing(false)} />}
    </Space>
  );
}
