import { Alert, App, Button, Card, Checkbox, DatePicker, Empty, Flex, Form, InputNumber, Skeleton, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { POINT_RULE_KINDS, POINT_RULE_LABELS, type PointRuleDto, type PointRuleKind } from '#contracts/points.js';
import { usePointRules, useSetPointRule } from '../../api/points-console.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { beijingToday, isDeduction, isPastDay, type RuleFormValues, ruleFormValues, ruleInput, signProblem } from './pointsFormat.js';
import { PointsText } from './PointsBits.js';

const POINTS_MIN = -50;
const POINTS_MAX = 50;
const CAP_MIN = 1;
const CAP_MAX = 1000;
const ORDER = new Map(POINT_RULE_KINDS.map((k, i) => [k, i]));

/** 积分规则: what each kind of service earns (or a no-show costs) and its monthly cap; the org department adjusts them from a date. */
export function PointRulesPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const rules = usePointRules();
  const [adjusting, setAdjusting] = useState<PointRuleDto | null>(null);
  const writable = can.setPointRules(role);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('points.rules.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('points.rules.intro')}</Typography.Text>
      {rules.isError ? (
        <Alert type="warning" showIcon title={t('common.loadFailed')} action={<Button onClick={() => void rules.refetch()}>{t('common.retry')}</Button>} />
      ) : !rules.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <>
          <Card size="small" title={t('points.rules.current')}>
            <RulesTable rules={sorted(rules.data.current)} testId="rules-current" onAdjust={writable ? setAdjusting : undefined} />
          </Card>
          <Card size="small" title={t('points.rules.scheduled')}>
            {rules.data.scheduled.length ? (
              <RulesTable rules={[...rules.data.scheduled].sort(byDateThenKind)} testId="rules-scheduled" scheduled />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('points.rules.scheduledNone')} data-testid="rules-scheduled-empty" />
            )}
          </Card>
        </>
      )}
      {adjusting && <RuleModal rule={adjusting} onClose={() => setAdjusting(null)} />}
    </Flex>
  );
}

const sorted = (rules: PointRuleDto[]) => [...rules].sort((a, b) => (ORDER.get(a.kind) ?? 0) - (ORDER.get(b.kind) ?? 0));
const byDateThenKind = (a: PointRuleDto, b: PointRuleDto) =>
  (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? '') || (ORDER.get(a.kind) ?? 0) - (ORDER.get(b.kind) ?? 0);

type RulesTableProps = { rules: PointRuleDto[]; testId: string; scheduled?: boolean; onAdjust?: (rule: PointRuleDto) => void };

function RulesTable({ rules, testId, scheduled, onAdjust }: RulesTableProps) {
  const { t, label } = useI18n();
  const columns: TableProps<PointRuleDto>['columns'] = [
    ...(scheduled ? [{ title: t('points.rules.col.from'), key: 'from', width: 130, render: (_: unknown, r: PointRuleDto) => r.effectiveFrom }] : []),
    {
      title: t('points.rules.col.kind'),
      key: 'kind',
      render: (_, r) => (
        <Flex gap={8} align="center">
          {label(POINT_RULE_LABELS[r.kind])}
          {isDeduction(r.kind) && <Tag color="red">{t('points.rules.deduction')}</Tag>}
        </Flex>
      ),
    },
    { title: t('points.rules.col.points'), key: 'points', width: 100, align: 'right', render: (_, r) => <PointsText value={r.points} /> },
    {
      title: t('points.rules.col.cap'),
      key: 'cap',
      width: 140,
      render: (_, r) =>
        isDeduction(r.kind) ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : r.monthlyCap === null ? (
          t('points.rules.noCap')
        ) : (
          t('points.rules.capValue', { cap: r.monthlyCap })
        ),
    },
    ...(scheduled
      ? []
      : [
          {
            title: t('points.rules.col.since'),
            key: 'since',
            width: 150,
            render: (_: unknown, r: PointRuleDto) => r.effectiveFrom ?? <Typography.Text type="secondary">{t('points.rules.default')}</Typography.Text>,
          },
        ]),
    ...(onAdjust
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, r: PointRuleDto) => (
              <Button size="small" onClick={() => onAdjust(r)} data-testid={`rule-adjust-${r.kind}`}>
                {t('points.rules.adjust')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<PointRuleDto>
      data-testid={testId}
      rowKey={(r) => `${r.kind}-${r.effectiveFrom ?? 'default'}`}
      onRow={(r) => ({ 'data-testid': `${testId}-${r.kind}` }) as React.HTMLAttributes<HTMLElement>}
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rules}
    />
  );
}

/** 调整: a new version of the rule from a date; earned points keep the rule they were earned under. */
function RuleModal({ rule, onClose }: { rule: PointRuleDto; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleFormValues>();
  const save = useSetPointRule();
  const showError = useApiError();
  const today = beijingToday();
  const noCap = Form.useWatch('noCap', form);
  const kind: PointRuleKind = rule.kind;
  const deduction = isDeduction(kind);

  return (
    <FormModal<RuleFormValues>
      title={t('points.rules.adjustTitle', { rule: label(POINT_RULE_LABELS[kind]) })}
      form={form}
      initialValues={ruleFormValues(rule, today)}
      pending={save.isPending}
      okText={t('common.save')}
      onClose={onClose}
      onFinish={(v) =>
        save.mutate(ruleInput(kind, v), {
          onSuccess: () => {
            void message.success(t('points.rules.saved'));
            onClose();
          },
          onError: (e) => showError(e, form),
        })
      }
    >
      <Alert type="info" showIcon title={t('points.rules.neverRewrites')} style={{ marginBottom: 16 }} data-testid="rule-explain" />
      <Form.Item
        name="points"
        label={t('points.rules.col.points')}
        extra={t(deduction ? 'points.rules.pointsHintDeduct' : 'points.rules.pointsHintEarn')}
        rules={[
          { required: true, message: t('points.rules.pointsRequired') },
          {
            validator: (_, value: number | null) => {
              const problem = signProblem(kind, value);
              return problem ? Promise.reject(new Error(t(`points.rules.${problem}`))) : Promise.resolve();
            },
          },
        ]}
      >
        <InputNumber min={POINTS_MIN} max={POINTS_MAX} precision={0} suffix={t('points.unit')} style={{ width: 160 }} data-testid="rule-points" />
      </Form.Item>
      {!deduction && (
        <Form.Item label={t('points.rules.col.cap')} extra={t('points.rules.capHint')} required={!noCap}>
          <Flex gap={16} align="center">
            <Form.Item
              name="monthlyCap"
              noStyle
              rules={
                noCap
                  ? []
                  : [
                      { required: true, message: t('points.rules.capRequired') },
                      { type: 'integer', min: CAP_MIN, max: CAP_MAX },
                    ]
              }
            >
              <InputNumber min={CAP_MIN} max={CAP_MAX} precision={0} disabled={noCap} suffix={t('points.unit')} style={{ width: 160 }} data-testid="rule-cap" />
            </Form.Item>
            <Form.Item name="noCap" valuePropName="checked" noStyle>
              <Checkbox data-testid="rule-no-cap">{t('points.rules.noCap')}</Checkbox>
            </Form.Item>
          </Flex>
        </Form.Item>
      )}
      <Form.Item
        name="effectiveFrom"
        label={t('points.rules.effectiveFrom')}
        extra={t('points.rules.effectiveFromHint')}
        rules={[{ required: true, message: t('points.rules.effectiveFromRequired') }]}
      >
        <DatePicker allowClear={false} disabledDate={(d) => isPastDay(d, today)} style={{ width: 200 }} data-testid="rule-from" />
      </Form.Item>
    </FormModal>
  );
}
