import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Progress, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { IMPORT_KIND_LABELS, type ImportKind } from '#contracts/labels.js';
import { useImportJob, useStartImport } from '../../api/imports.js';
import { peopleKeys } from '../../api/people.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageSpin } from '../layout/PageSpin.js';
import { ImportChoose } from './ImportChoose.js';
import { ImportResult } from './ImportResult.js';

type Props = {
  /** The kinds this user may import; the page's own comes first. */
  kinds: readonly ImportKind[];
  initialKind: ImportKind;
  onClose: () => void;
};

/** 台账导入 in three steps: choose the file, watch it run, read the result. */
export function ImportDialog({ kinds, initialKind, onClose }: Props) {
  const { t, lang, label } = useI18n();
  const client = useQueryClient();
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const start = useStartImport();
  const job = useImportJob(jobId);
  const finished = job.data !== undefined && job.data.status !== 'running';

  // Once the job ends, every ledger list shows what it wrote (units gain members, households residents).
  useEffect(() => {
    if (!finished) return;
    for (const key of Object.values(peopleKeys)) void client.invalidateQueries({ queryKey: key });
  }, [finished, client]);

  const upload = () => {
    if (!file) return;
    start.mutate(
      { kind, file },
      {
        onSuccess: (created) => {
          client.setQueryData(['imports', 'job', created.id], created);
          setJobId(created.id);
        },
      },
    );
  };

  // Closed while running: the job goes on at the server, so the lists are refreshed anyway.
  const close = () => {
    if (jobId !== null && !finished) for (const key of Object.values(peopleKeys)) void client.invalidateQueries({ queryKey: key });
    onClose();
  };

  const again = () => {
    setJobId(null);
    setFile(null);
    start.reset();
  };

  const step = jobId === null ? 0 : finished ? 2 : 1;
  const footer =
    step === 0 ? (
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={!file} loading={start.isPending} onClick={upload} data-testid="import-start">
          {t('imports.start')}
        </Button>
      </Flex>
    ) : step === 2 ? (
      <Flex justify="flex-end" gap={8}>
        <Button onClick={again} data-testid="import-again">
          {t('imports.again')}
        </Button>
        <Button type="primary" onClick={onClose} data-testid="import-close">
          {t('common.close')}
        </Button>
      </Flex>
    ) : null;

  return (
    <Modal open width={720} title={t('imports.title', { kind: label(IMPORT_KIND_LABELS[kind]) })} onCancel={close} footer={footer} mask={{ closable: false }}>
      <Flex vertical gap={24}>
        <Steps
          size="small"
          current={step}
          items={[{ title: t('imports.step.choose') }, { title: t('imports.step.run') }, { title: t('imports.step.result') }]}
        />
        {step === 0 && (
          <ImportChoose
            kinds={kinds}
            kind={kind}
            onKind={setKind}
            file={file}
            onFile={(chosen) => {
              setFile(chosen);
              start.reset();
            }}
            uploadError={start.isError ? errorText(start.error, lang, t) : null}
          />
        )}
        {step === 1 && <ImportRunning processed={job.data?.processed ?? 0} total={job.data?.total ?? 0} fileName={file?.name ?? ''} />}
        {step === 1 && job.isError && <Alert type="error" showIcon title={errorText(job.error, lang, t)} />}
        {step === 2 && job.data && <ImportResult job={job.data} />}
        {step !== 0 && !job.data && !job.isError && <PageSpin />}
      </Flex>
    </Modal>
  );
}

/** Step 2: rows processed out of the total, asked every half second. */
function ImportRunning({ processed, total, fileName }: { processed: number; total: number; fileName: string }) {
  const t = useI18n().t;
  const percent = total > 0 ? Math.min(100, Math.floor((processed / total) * 100)) : 0;
  return (
    <Flex vertical gap={8} style={{ padding: '16px 0' }}>
      <Typography.Text>{t('imports.running', { name: fileName })}</Typography.Text>
      <Progress percent={percent} status="active" data-testid="import-progress" />
      <Typography.Text type="secondary">{total > 0 ? t('imports.progress', { processed, total }) : t('imports.reading')}</Typography.Text>
    </Flex>
  );
}
