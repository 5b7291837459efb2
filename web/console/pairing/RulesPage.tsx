import { Alert, App, Button, Card, Checkbox, Descriptions, Flex, Form, InputNumber, Skeleton, Typography } from 'antd';
import { CARE_CATEGORIES, CARE_CATEGORY_LABELS, type CareCategory } from '#contracts/labels.js';
import { type PairingRules, usePairingRules, useSavePairingRules } from '../../api/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CareTags } from '../households/HouseholdTags.js';
import { useApiError } from '../useApiError.js';

const CAP_MIN = 1;
const CAP_MAX = 20;

/** 包联规则: the org department sets how many households a member takes at most and which care categories are paired first. */
export function RulesPage() {
  const { t } = useI18n();
  const rules = usePairingRules();

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('pairing.rules.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('pairing.rules.intro')}</Typography.Text>
      {rules.isError ? (
        <Alert type="warning" showIcon title={t('common.loadFailed')} action={<Button onClick={() => void rules.refetch()}>{t('common.retry')}</Button>} />
      ) : !rules.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <>
          <CurrentRules rules={rules.data} />
          <RulesForm rules={rules.data} />
        </>
      )}
    </Flex>
  );
}

function CurrentRules({ rules }: { rules: PairingRules }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('pairing.rules.current')}>
      <Descriptions column={1} size="small" data-testid="rules-current">
        <Descriptions.Item label={t('pairing.rules.cap')}>
          <span data-testid="rules-current-cap">{t('pairing.rules.currentCap', { cap: rules.maxHouseholdsPerMember })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('pairing.rules.priority')}>
          <span data-testid="rules-current-priority">
            {rules.priorityCare.length ? <CareTags values={rules.priorityCare} /> : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

type Values = { maxHouseholdsPerMember: number; priorityCare: CareCategory[] };

function RulesForm({ rules }: { rules: PairingRules }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSavePairingRules();
  const showError = useApiError();

  const submit = (v: Values) =>
    save.mutate(
      { maxHouseholdsPerMember: v.maxHouseholdsPerMember, priorityCare: CARE_CATEGORIES.filter((c) => v.priorityCare?.includes(c)) },
      {
        onSuccess: (saved) => {
          form.setFieldsValue(saved);
          void message.success(t('pairing.rules.saved'));
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <Card size="small">
      <Form<Values> form={form} layout="vertical" initialValues={rules} onFinish={submit} data-testid="rules-form">
        <Form.Item
          name="maxHouseholdsPerMember"
          label={t('pairing.rules.cap')}
          extra={t('pairing.rules.capHint')}
          rules={[{ required: true }, { type: 'integer', min: CAP_MIN, max: CAP_MAX, message: t('pairing.rules.capHint') }]}
        >
          <InputNumber min={CAP_MIN} max={CAP_MAX} precision={0} suffix={t('pairing.rules.capUnit')} style={{ width: 160 }} data-testid="rules-cap" />
        </Form.Item>
        <Form.Item name="priorityCare" label={t('pairing.rules.priority')} extra={t('pairing.rules.priorityHint')}>
          <Checkbox.Group data-testid="rules-priority" options={CARE_CATEGORIES.map((c) => ({ value: c, label: label(CARE_CATEGORY_LABELS[c]) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="rules-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
