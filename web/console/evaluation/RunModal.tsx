import { Alert, App, Button, Col, Collapse, Form, InputNumber, Row, Tag, Typography } from 'antd';
import { DEFAULT_WEIGHTS } from '#contracts/evaluation.js';
import { type YearStatus, useRunYear } from '../../api/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { type WeightsForm, weightsChanged, weightsFromForm, weightsToForm } from './evaluationFormat.js';

type Values = WeightsForm & { appealDays: number };

/** Each weight: its form field, its label key (help under `.help`), its bounds and step. */
type WeightKey = 'base' | 'pointsFactor' | 'bonusCap' | 'reviewFactor' | 'visitTarget' | 'visitFactor' | 'excellentFrom' | 'excellentShare';

const WEIGHTS: { name: keyof WeightsForm; key: WeightKey; min: number; max: number; step: number }[] = [
  { name: 'base', key: 'base', min: 0, max: 100, step: 1 },
  { name: 'pointsFactor', key: 'pointsFactor', min: 0, max: 5, step: 0.05 },
  { name: 'bonusCap', key: 'bonusCap', min: 0, max: 50, step: 1 },
  { name: 'reviewFactor', key: 'reviewFactor', min: 0, max: 10, step: 0.5 },
  { name: 'visitTargetPct', key: 'visitTarget', min: 0, max: 100, step: 5 },
  { name: 'visitFactor', key: 'visitFactor', min: 0, max: 50, step: 1 },
  { name: 'excellentFrom', key: 'excellentFrom', min: 0, max: 150, step: 1 },
  { name: 'excellentSharePct', key: 'excellentShare', min: 0, max: 30, step: 1 },
];

/** 评定: the appeal window and, folded away, the weights; the org department runs (or re-runs) the year. */
export function RunModal({ year, status, onClose }: { year: number; status: YearStatus; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const run = useRunYear(year);
  const showError = useApiError();
  const initial: Values = { ...weightsToForm(status.weights ?? DEFAULT_WEIGHTS), appealDays: status.appealDays };
  const watched = Form.useWatch([], form) as Values | undefined;
  const changed = watched ? weightsChanged(weightsFromForm(watched)) : weightsChanged(status.weights ?? DEFAULT_WEIGHTS);

  return (
    <FormModal<Values>
      title={t('evaluation.run.title', { year })}
      form={form}
      initialValues={initial}
      pending={run.isPending}
      okText={status.ranAt ? t('evaluation.rerun') : t('evaluation.run')}
      width={640}
      onClose={() => {
        if (!run.isPending) onClose();
      }}
      onFinish={({ appealDays, ...weights }) =>
        run.mutate(
          { weights: weightsFromForm(weights), appealDays },
          {
            onSuccess: (s) => {
              void message.success(t('evaluation.run.done', { year, count: s.evaluated }));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <div data-testid="run-modal">
        <Typography.Paragraph type="secondary">{t('evaluation.run.explain', { year })}</Typography.Paragraph>
        <Form.Item
          name="appealDays"
          label={t('evaluation.run.appealDays')}
          extra={t('evaluation.run.appealDaysHint')}
          rules={[{ required: true, type: 'integer', min: 0, max: 60, message: t('evaluation.run.appealDaysHint') }]}
        >
          <InputNumber min={0} max={60} precision={0} style={{ width: 160 }} data-testid="run-appeal-days" />
        </Form.Item>
        <Collapse
          size="small"
          data-testid="run-advanced"
          items={[
            {
              key: 'weights',
              label: (
                <span>
                  {t('evaluation.run.advanced')}
                  {changed && (
                    <Tag color="orange" style={{ marginInlineStart: 8 }}>
                      {t('evaluation.run.changed')}
                    </Tag>
                  )}
                </span>
              ),
              forceRender: true,
              children: (
                <>
                  <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('evaluation.run.advancedHint')} />
                  <Row gutter={16}>
                    {WEIGHTS.map((w) => (
                      <Col xs={24} sm={12} key={w.name}>
                        <Form.Item
                          name={w.name}
                          label={t(`evaluation.weight.${w.key}`)}
                          extra={t(`evaluation.weight.${w.key}.help`)}
                          rules={[{ required: true, type: 'number', min: w.min, max: w.max, message: t(`evaluation.weight.${w.key}.help`) }]}
                        >
                          <InputNumber min={w.min} max={w.max} step={w.step} style={{ width: '100%' }} data-testid={`run-weight-${w.key}`} />
                        </Form.Item>
                      </Col>
                    ))}
                  </Row>
                  <Button size="small" onClick={() => form.setFieldsValue(weightsToForm(DEFAULT_WEIGHTS))} data-testid="run-reset">
                    {t('evaluation.run.reset')}
                  </Button>
                </>
              ),
            },
          ]}
        />
        {run.isPending && <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('evaluation.run.running')} data-testid="run-running" />}
      </div>
    </FormModal>
  );
}
