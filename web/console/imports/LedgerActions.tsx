import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { ImportKind } from '#contracts/labels.js';
import type { Query } from '../../api/client.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { importKindsFor } from '../capabilities.js';
import { ExportButton } from './ExportButton.js';
import { ImportDialog } from './ImportDialog.js';

type Props = {
  kind: ImportKind;
  /** The list's filters: the export is the list as filtered. */
  filters: Query;
  /** Shown when the user may add one by hand. */
  onNew?: () => void;
  newLabel?: string;
};

/** A ledger page's buttons: import (when allowed), export of the filtered list, and "new". */
export function LedgerActions({ kind, filters, onNew, newLabel }: Props) {
  const t = useT();
  const { account } = useCurrentSession();
  const [importing, setImporting] = useState(false);
  const allowed = importKindsFor(account.role);
  const kinds = allowed.includes(kind) ? [kind, ...allowed.filter((k) => k !== kind)] : [];

  return (
    <Space wrap>
      {kinds.length > 0 && (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-button">
          {t('imports.button')}
        </Button>
      )}
      <ExportButton list={kind} filters={filters} />
      {onNew && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew} data-testid={`${kind}-new`}>
          {newLabel}
        </Button>
      )}
      {importing && <ImportDialog kinds={kinds} initialKind={kind} onClose={() => setImporting(false)} />}
    </Space>
  );
}
