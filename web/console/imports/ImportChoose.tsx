import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { IMPORT_KIND_LABELS, type ImportKind } from '#contracts/labels.js';
import { downloadTemplate } from '../../api/imports.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';
import { checkImportFile, type FileProblem, formatSize, MAX_IMPORT_BYTES } from './fileCheck.js';

type Props = {
  kinds: readonly ImportKind[];
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  file: File | null;
  onFile: (file: File | null) => void;
  /** Why the last upload was refused, if it was. */
  uploadError: string | null;
};

const PROBLEM_KEYS = { type: 'imports.file.type', size: 'imports.file.size', empty: 'imports.file.empty' } as const;

/** Step 1: which 台账, its template, and the .xlsx to send. */
export function ImportChoose({ kinds, kind, onKind, file, onFile, uploadError }: Props) {
  const { t, label } = useI18n();
  const showError = useApiError();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [fetching, setFetching] = useState(false);

  const template = async () => {
    setFetching(true);
    try {
      await downloadTemplate(kind);
    } catch (error) {
      showError(error);
    } finally {
      setFetching(false);
    }
  };

  const choose = (chosen: File) => {
    const found = checkImportFile(chosen);
    setProblem(found);
    onFile(found ? null : chosen);
  };

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('imports.kind')}>
        <Flex gap={8} wrap align="center">
          <Select<ImportKind>
            style={{ minWidth: 200 }}
            value={kind}
            onChange={onKind}
            options={kinds.map((k) => ({ value: k, label: label(IMPORT_KIND_LABELS[k]) }))}
            data-testid="import-kind"
          />
          <Button type="link" icon={<DownloadOutlined />} loading={fetching} onClick={() => void template()} data-testid="import-template">
            {t('imports.template')}
          </Button>
        </Flex>
      </Form.Item>
      <Form.Item label={t('imports.file')} extra={t('imports.file.hint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          fileList={[]}
          beforeUpload={(chosen) => {
            choose(chosen);
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          {file ? (
            <Typography.Text strong data-testid="import-file-name">
              {file.name} ({formatSize(file.size)})
            </Typography.Text>
          ) : (
            <Typography.Text>{t('imports.file.drop')}</Typography.Text>
          )}
        </Upload.Dragger>
      </Form.Item>
      {problem && <Alert type="error" showIcon title={t(PROBLEM_KEYS[problem], { mb: MAX_IMPORT_BYTES / 1024 / 1024 })} data-testid="import-file-problem" />}
      {uploadError && <Alert type="error" showIcon title={uploadError} data-testid="import-upload-error" />}
    </Form>
  );
}
