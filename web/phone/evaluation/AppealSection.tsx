import { Button, Card, Dialog, Form, List, NoticeBar, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { AppealDto, MemberEvaluationDto } from '#contracts/evaluation.js';
import { useAppeal } from '../../api/evaluation-phone.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { formatTime } from '../../shared/time.js';
import { appealWindowOpen, canAppeal } from './evaluationLogic.js';

const STATUS_TEXT: Record<AppealDto['status'], MessageKey> = {
  open: 'evalPhone.appeal.status.open',
  upheld: 'evalPhone.appeal.status.upheld',
  rejected: 'evalPhone.appeal.status.rejected',
};
const STATUS_COLOR: Record<AppealDto['status'], string> = { open: 'warning', upheld: 'success', rejected: 'default' };

/** 申诉: the latest appeal with its answer; the form while the window is open and nothing is pending; else why it is closed. */
export function AppealSection({ evaluation, now }: { evaluation: MemberEvaluationDto; now: number }) {
  const { t } = useI18n();
  const open = appealWindowOpen(evaluation, now);
  const may = canAppeal(evaluation, now);
  return (
    <div data-testid="my-eval-appeal">
      {evaluation.appeal && <AppealCard appeal={evaluation.appeal} />}
      {may && <AppealForm year={evaluation.year} until={evaluation.appealUntil ?? ''} again={evaluation.appeal !== null} />}
      {!open && (
        <div className="phone-hint" data-testid="my-eval-appeal-closed">
          {evaluation.appealUntil ? t('evalPhone.appeal.closed', { time: formatTime(evaluation.appealUntil) }) : t('evalPhone.appeal.locked')}
        </div>
      )}
    </div>
  );
}

function AppealCard({ appeal }: { appeal: AppealDto }) {
  const { t } = useI18n();
  return (
    <Card className="ev-card" title={t('evalPhone.appeal.yours')} data-testid="my-eval-appeal-card">
      <div className="ev-card-body">
        <div className="ev-card-head">
          <Tag color={STATUS_COLOR[appeal.status]} fill="outline" data-testid="my-eval-appeal-status">
            {t(STATUS_TEXT[appeal.status])}
          </Tag>
          <span className="phone-time">{t('evalPhone.appeal.at', { time: formatTime(appeal.createdAt) })}</span>
        </div>
        <div data-testid="my-eval-appeal-reason">{appeal.reason}</div>
        {appeal.status === 'open' ? (
          <div className="phone-muted">{t('evalPhone.appeal.waiting')}</div>
        ) : (
          <>
            {appeal.answer && <div data-testid="my-eval-appeal-answer">{t('evalPhone.appeal.answer', { answer: appeal.answer })}</div>}
            {appeal.answeredAt && <div className="phone-time">{t('evalPhone.appeal.answeredAt', { time: formatTime(appeal.answeredAt) })}</div>}
          </>
        )}
      </div>
    </Card>
  );
}

type Values = { reason: string };

function AppealForm({ year, until, again }: { year: number; until: string; again: boolean }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const appeal = useAppeal(year);
  const [failure, setFailure] = useState<string | null>(null);

  const finish = async ({ reason }: Values) => {
    setFailure(null);
    const ok = await Dialog.confirm({ content: t('evalPhone.appeal.confirm'), confirmText: t('evalPhone.appeal.submit'), cancelText: t('common.cancel') });
    if (!ok) return;
    appeal.mutate(reason.trim(), {
      onSuccess: () => {
        form.resetFields();
        Toast.show({ icon: 'success', content: t('evalPhone.appeal.sent') });
      },
      onError: (error) => setFailure(errorText(error, lang, t)),
    });
  };

  return (
    <List mode="card" header={t('evalPhone.appeal.title')} data-testid="my-eval-appeal-form">
      <div className="ev-deadline" data-testid="my-eval-appeal-until">
        {t('evalPhone.appeal.until', { time: formatTime(until) })}
      </div>
      <div className="phone-hint">{again ? t('evalPhone.appeal.again') : t('evalPhone.appeal.hint')}</div>
      {failure && <NoticeBar data-testid="my-eval-appeal-error" color="error" wrap content={failure} />}
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        onFinish={(v) => void finish(v)}
        footer={
          <Button block type="submit" color="primary" size="large" loading={appeal.isPending} data-testid="my-eval-appeal-submit">
            {t('evalPhone.appeal.submit')}
          </Button>
        }
      >
        <Form.Item
          name="reason"
          label={t('evalPhone.appeal.reason')}
          rules={[
            { required: true, whitespace: true, message: t('evalPhone.appeal.required') },
            {
              validator: (_rule, value: string | undefined) =>
                !value?.trim() || value.trim().length >= 4 ? Promise.resolve() : Promise.reject(new Error(t('evalPhone.appeal.tooShort'))),
            },
          ]}
        >
          <TextArea
            data-testid="my-eval-appeal-reason-input"
            placeholder={t('evalPhone.appeal.placeholder')}
            maxLength={500}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
          />
        </Form.Item>
      </Form>
    </List>
  );
}
