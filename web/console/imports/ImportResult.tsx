import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Empty, Flex, Row, Statistic, Table } from 'antd';
import { useState } from 'react';
import type { ImportJobDto, ImportProblemDto } from '#contracts/imports.js';
import { downloadProblems } from '../../api/imports.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';

const COUNTS = [
  { key: 'created', color: '#389e0d' },
  { key: 'updated', color: '#1677ff' },
  { key: 'unchanged', color: undefined },
  { key: 'rejected', color: '#cf1322' },
] as const;

/** Step 3: what the import did, and each refused row with its reason in the chosen language. */
export function ImportResult({ job }: { job: ImportJobDto }) {
  const { t, lang } = useI18n();
  const showError = useApiError();
  const [fetching, setFetching] = useState(false);

  const report = async () => {
    setFetching(true);
    try {
      await downloadProblems(job.id);
    } catch (error) {
      showError(error);
    } finally {
      setFetching(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      {job.status === 'failed' ? (
        <Alert type="error" showIcon title={t('imports.failed')} description={t('imports.failed.hint')} />
      ) : job.rejected > 0 ? (
        <Alert type="warning" showIcon title={t('imports.done.withProblems', { rejected: job.rejected })} />
      ) : (
        <Alert type="success" showIcon title={t('imports.done.clean', { total: job.total })} />
      )}
      <Row gutter={16} data-testid="import-result">
        {COUNTS.map(({ key, color }) => (
          <Col span={6} key={key}>
            <Statistic title={t(`imports.count.${key}`)} value={job[key]} styles={{ content: { color } }} data-testid={`import-${key}`} />
          </Col>
        ))}
      </Row>
      <Table<ImportProblemDto & { key: number }>
        data-testid="import-problems"
        size="small"
        rowKey="key"
        dataSource={job.problems.map((p, key) => ({ ...p, key }))}
        pagination={job.problems.length > 8 ? { pageSize: 8, showSizeChanger: false, size: 'small' } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('imports.problems.none')} /> }}
        columns={[
          { key: 'row', title: t('imports.problems.row'), width: 80, render: (_, p) => (p.row > 0 ? p.row : '—') },
          { key: 'column', title: t('imports.problems.column'), width: 140, render: (_, p) => p.column || '—' },
          { key: 'reason', title: t('imports.problems.reason'), render: (_, p) => p.messages[lang] || p.messages['zh-CN'] },
        ]}
      />
      {job.problems.length > 0 && (
        <Flex justify="flex-end">
          <Button icon={<DownloadOutlined />} loading={fetching} onClick={() => void report()} data-testid="import-report">
            {t('imports.report')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
