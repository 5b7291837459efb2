import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import type { UnitRegistrationDto } from '#contracts/registration.js';
import { agreementUrl, useUploadAgreement } from '../../api/registration.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { formatSize } from '../imports/fileCheck.js';
import { useApiError } from '../useApiError.js';
import { AGREEMENT_ACCEPT, type AgreementProblem, checkAgreementFile } from './agreementFile.js';

const PROBLEM_KEYS = { type: 'ledger.agreement.badType', size: 'ledger.agreement.tooBig', empty: 'ledger.agreement.empty' } as const satisfies Record<
  AgreementProblem,
  string
>;

/** The signed 共建协议's scan: a link for whoever sees the registration; upload for the unit's secretary. */
export function AgreementScan({ registration: r, canUpload }: { registration: UnitRegistrationDto; canUpload: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const { csrfToken } = useCurrentSession();
  const upload = useUploadAgreement(csrfToken);
  const scan = r.agreement.scan;

  return (
    <Flex vertical gap={4} align="start" data-testid={`agreement-${r.id}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {r.agreement.startDate} ~ {r.agreement.endDate}
      </Typography.Text>
      {scan ? (
        <Typography.Link href={agreementUrl(r.id)} target="_blank" rel="noopener" data-testid={`agreement-open-${r.id}`} title={formatTime(scan.uploadedAt)}>
          <PaperClipOutlined /> {scan.name} ({formatSize(scan.size)})
        </Typography.Link>
      ) : (
        <Typography.Text type="secondary">{t('ledger.agreement.none')}</Typography.Text>
      )}
      {canUpload && (
        <Upload
          accept={AGREEMENT_ACCEPT}
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            const problem = checkAgreementFile(file);
            if (!problem) return true;
            void message.error(t(PROBLEM_KEYS[problem]));
            return Upload.LIST_IGNORE;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            upload.mutateAsync({ id: r.id, file: file as File }).then(
              (saved) => {
                onSuccess?.(saved);
                void message.success(t('ledger.agreement.uploaded'));
              },
              (error: unknown) => {
                onError?.(error instanceof Error ? error : new Error(String(error)));
                showError(error);
              },
            );
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid={`agreement-upload-${r.id}`} title={t('ledger.agreement.hint')}>
            {scan ? t('ledger.agreement.reupload') : t('ledger.agreement.upload')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
