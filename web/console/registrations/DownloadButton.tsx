import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';

type Props = {
  /** Fetches the file and hands it to the browser; resolves with the saved name. */
  download: () => Promise<string>;
  testId: string;
};

/** 导出 for the registration ledgers, whose exports are not among the import/export lists. */
export function DownloadButton({ download, testId }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const name = await download();
      void message.success(t('exports.done', { name }));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={testId}>
      {t('exports.button')}
    </Button>
  );
}
