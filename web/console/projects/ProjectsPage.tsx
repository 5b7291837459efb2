import { Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { CommitmentsPanel } from './CommitmentsPanel.js';
import { ProjectList } from './ProjectList.js';

/** 项目清单 and, for admins and units, the 年度共建承诺 of each unit. */
export function ProjectsPage() {
  const t = useT();
  const { role } = useCurrentSession().account;
  const [params, setParams] = useSearchParams();
  // The server answers the commitments to admins and unit secretaries only.
  const commitments = can.manageProjects(role) || role === 'unitSecretary';
  const tab = commitments && params.get('tab') === 'commitments' ? 'commitments' : 'list';

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('projects.title')}
      </Typography.Title>
      <Tabs
        data-testid="projects-tabs"
        activeKey={tab}
        onChange={(key) => setParams(key === 'list' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'list', label: t('projects.tab.list'), children: <ProjectList /> },
          ...(commitments ? [{ key: 'commitments', label: t('projects.tab.commitments'), children: <CommitmentsPanel /> }] : []),
        ]}
      />
    </Flex>
  );
}
