import { UnorderedListOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { GRID_ROLE_DUTIES, GRID_ROLE_LABELS, type GridRole } from '#contracts/grid.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** 职责清单 of a role, numbered, in the chosen language. */
export function DutyList({ role, compact = false }: { role: GridRole; compact?: boolean }) {
  const { label } = useI18n();
  return (
    <ol
      data-testid={`grid-duties-${role}`}
      style={{ margin: 0, paddingInlineStart: 20, maxWidth: compact ? undefined : 420, fontSize: compact ? '0.9em' : undefined }}
    >
      {GRID_ROLE_DUTIES[role].map((duty) => (
        <li key={duty['zh-CN']}>
          <Typography.Text type={compact ? 'secondary' : undefined}>{label(duty)}</Typography.Text>
        </li>
      ))}
    </ol>
  );
}

/** A "职责清单" link opening the role's duties. */
export function DutiesButton({ role }: { role: GridRole }) {
  const { t, label } = useI18n();
  return (
    <Popover trigger="click" title={`${label(GRID_ROLE_LABELS[role])} · ${t('grid.roles.duties')}`} content={<DutyList role={role} />}>
      <Button type="link" size="small" icon={<UnorderedListOutlined />} data-testid={`grid-duties-open-${role}`}>
        {t('grid.roles.duties')}
      </Button>
    </Popover>
  );
}
