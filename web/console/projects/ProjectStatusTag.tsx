import { Tag } from 'antd';
import type { ProjectStatus } from '#contracts/projects.js';
import { useT } from '../../i18n/I18nProvider.js';

const COLORS: Record<ProjectStatus, string> = { open: 'gold', planned: 'cyan', active: 'processing', done: 'success', cancelled: 'default' };

export function ProjectStatusTag({ status, testId }: { status: ProjectStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[status]} data-testid={testId}>
      {t(`projects.status.${status}`)}
    </Tag>
  );
}
