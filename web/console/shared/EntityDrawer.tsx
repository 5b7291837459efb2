import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, type DescriptionsProps, Drawer, Flex, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider.js';
import { PageSpin } from '../layout/PageSpin.js';

type Props<T> = {
  query: { isPending: boolean; data?: T };
  size: number;
  /** The entity's name once loaded; `fallbackTitle` while loading or when it failed. */
  title: (entity: T) => string;
  fallbackTitle: string;
  testId: string;
  editTestId: string;
  /** Shows the edit button. */
  canWrite: boolean;
  onEdit: (entity: T) => void;
  onClose: () => void;
  details: (entity: T) => DescriptionsProps['items'];
  /** Below the facts, e.g. the entity's people or party organisations. */
  children: (entity: T) => ReactNode;
  /** Dialogs opened from the drawer. */
  dialogs?: ReactNode;
};

/** A ledger entry's drawer: its facts, an edit button and a section of what belongs to it. */
export function EntityDrawer<T>({ query, size, title, fallbackTitle, testId, editTestId, canWrite, onEdit, onClose, details, children, dialogs }: Props<T>) {
  const t = useT();
  const entity = query.data;
  return (
    <Drawer
      open
      size={size}
      title={entity ? title(entity) : fallbackTitle}
      onClose={onClose}
      data-testid={testId}
      extra={
        entity &&
        canWrite && (
          <Button onClick={() => onEdit(entity)} data-testid={editTestId}>
            {t('people.edit')}
          </Button>
        )
      }
    >
      {query.isPending ? (
        <PageSpin />
      ) : !entity ? (
        <Result status="warning" title={t('common.loadFailed')} />
      ) : (
        <Flex vertical gap={24}>
          <Descriptions size="small" bordered column={1} items={details(entity)} />
          {children(entity)}
        </Flex>
      )}
      {dialogs}
    </Drawer>
  );
}

type SectionProps = { title: string; onAdd?: () => void; addLabel: string; addTestId: string; children: ReactNode };

/** A titled part of the drawer with its "add" button (absent without `onAdd`). */
export function DrawerSection({ title, onAdd, addLabel, addTestId, children }: SectionProps) {
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {onAdd && (
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd} data-testid={addTestId}>
            {addLabel}
          </Button>
        )}
      </Flex>
      {children}
    </Flex>
  );
}
