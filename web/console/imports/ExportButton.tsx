import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { Query } from '../../api/client.js';
import { downloadExport, type ExportList } from '../../api/imports.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';

type Props = {
  list: ExportList;
  /** The list's filters: the export is the list as filtered (paging is dropped). */
  filters: Query;
};

/** 导出: downloads the list as currently filtered, as an .xlsx. */
export function ExportButton({ list, filters }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [exporting, setExporting] = useState(false);

  const exportList = async () => {
    setExporting(true);
    try {
      const name = await downloadExport(list, filters);
      void message.success(t('exports.done', { name }));
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()} data-testid="export-button">
      {t('exports.button')}
    </Button>
  );
}
