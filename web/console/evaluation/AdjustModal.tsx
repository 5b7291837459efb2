import { Alert, App, Descriptions, Form, Input, Radio, Skeleton } from 'antd';
import { GRADE_LABELS, GRADES, type Grade, type MemberEvaluationDto } from '#contracts/evaluation.js';
import { useAdjustGrade, useCommunityExcellent } from '../../api/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { GradeCell } from './EvaluationBits.js';
import { capRoom } from './evaluationFormat.js';

type Values = { grade: Grade; reason: string };

/** 调整等次: a new grade with a written reason; 优秀 only while the community's cap has room. */
export function AdjustModal({ year, row, share, onClose }: { year: number; row: MemberEvaluationDto; share: number; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const adjust = useAdjustGrade(year);
  const cap = useCommunityExcellent(year, row.community.id);
  const showError = useApiError();
  const chosen = Form.useWatch('grade', form);
  const room = cap.data ? capRoom(cap.data.members, cap.data.excellent, share, row.grade === 'excellent') : null;

  return (
    <FormModal<Values>
      title={t('evaluation.adjust.title', { name: row.member.name })}
      form={form}
      initialValues={{ grade: row.grade }}
      pending={adjust.isPending}
      okText={t('evaluation.adjust')}
      onClose={onClose}
      onFinish={({ grade, reason }) =>
        adjust.mutate(
          { id: row.id, grade, reason: reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('evaluation.adjust.done', { grade: label(GRADE_LABELS[grade]) }));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'community', label: t('evaluation.col.community'), children: row.community.name },
          { key: 'score', label: t('evaluation.col.score'), children: row.score },
          {
            key: 'grade',
            label: t('evaluation.adjust.current'),
            children: <GradeCell grade={row.grade} computedGrade={row.computedGrade} adjustReason={row.adjustReason} testId="adjust-current" />,
          },
        ]}
      />
      {cap.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : room && cap.data ? (
        <Alert
          type={chosen === 'excellent' && !room.fits ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="adjust-cap"
          data-cap={room.cap}
          data-used={room.used}
          title={t('evaluation.adjust.cap', { community: row.community.name, members: cap.data.members, cap: room.cap, used: room.used, left: room.left })}
          description={chosen === 'excellent' && !room.fits ? t('evaluation.adjust.capFull') : undefined}
        />
      ) : null}
      <Form.Item name="grade" label={t('evaluation.adjust.grade')} rules={[{ required: true }]}>
        <Radio.Group
          data-testid="adjust-grade"
          optionType="button"
          buttonStyle="solid"
          options={GRADES.map((g) => ({ value: g, label: label(GRADE_LABELS[g]) }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('evaluation.adjust.reason')}
        extra={t('evaluation.adjust.reasonHint')}
        rules={[
          { required: true, whitespace: true, message: t('evaluation.adjust.reasonRequired') },
          {
            validator: (_, value: string | undefined) =>
              !value || value.trim().length >= 4 ? Promise.resolve() : Promise.reject(new Error(t('evaluation.adjust.reasonShort'))),
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={300} showCount data-testid="adjust-reason" />
      </Form.Item>
    </FormModal>
  );
}
