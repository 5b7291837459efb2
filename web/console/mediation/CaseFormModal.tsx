import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Row, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { MEDIATION_CATEGORIES, MEDIATION_CATEGORY_LABELS } from '#contracts/mediation.js';
import { type MediationCategory, useOpenCase } from '../../api/mediation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { PHONE } from '../shared/patterns.js';
import { useApiError } from '../useApiError.js';

type PartyValues = { name: string; phone?: string; role?: string };
type Values = { placeId: number; category: MediationCategory; parties: PartyValues[]; description: string };

const MAX_PARTIES = 10;

/** 受理: where (a place in a community), what kind, the parties (two or more; phones optional) and what happened. */
export function CaseFormModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const open = useOpenCase();
  const showError = useApiError();
  const navigate = useNavigate();

  const finish = (v: Values) =>
    open.mutate(
      {
        placeId: v.placeId,
        category: v.category,
        description: v.description.trim(),
        parties: v.parties.map((p) => ({ name: p.name.trim(), role: (p.role ?? '').trim(), ...(p.phone?.trim() ? { phone: p.phone.trim() } : {}) })),
      },
      {
        onSuccess: (made) => {
          void message.success(t('mediation.new.done'));
          onClose();
          navigate(`/mediation/${made.id}`);
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('mediation.new.title')}
      form={form}
      width={720}
      pending={open.isPending}
      okText={t('mediation.new.ok')}
      initialValues={{
        parties: [
          { name: '', phone: '', role: '' },
          { name: '', phone: '', role: '' },
        ],
      }}
      onClose={onClose}
      onFinish={finish}
    >
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item name="placeId" label={t('mediation.field.place')} rules={[{ required: true, message: t('mediation.new.placeRequired') }]}>
            <PlacePicker placeholder={t('mediation.new.placeHint')} accept={(hit) => hit.kind !== 'county' && hit.kind !== 'street' && hit.kind !== 'unit'} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="category" label={t('mediation.field.category')} rules={[{ required: true, message: t('mediation.new.categoryRequired') }]}>
            <Select<MediationCategory>
              data-testid="mediation-category"
              placeholder={t('mediation.new.categoryHint')}
              options={MEDIATION_CATEGORIES.map((c) => ({ value: c, label: label(MEDIATION_CATEGORY_LABELS[c]) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.List
        name="parties"
        rules={[
          {
            validator: async (_, parties: PartyValues[] | undefined) => {
              if (!parties || parties.length < 2) throw new Error(t('mediation.new.partiesMin'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('mediation.field.parties')} required data-testid="mediation-parties">
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top" data-testid={`mediation-party-${index}`}>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, max: 30, message: t('mediation.new.partyNameRequired') }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input placeholder={t('mediation.party.name')} aria-label={t('mediation.party.name')} data-testid={`mediation-party-name-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item name={[field.name, 'phone']} rules={[{ pattern: PHONE, message: t('people.phone.invalid') }]} style={{ marginBottom: 8 }}>
                    <Input
                      placeholder={`${t('mediation.party.phone')}${t('common.optional')}`}
                      aria-label={t('mediation.party.phone')}
                      maxLength={11}
                      data-testid={`mediation-party-phone-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8}>
                  <Form.Item name={[field.name, 'role']} rules={[{ max: 30 }]} style={{ marginBottom: 8 }}>
                    <Input placeholder={t('mediation.party.roleHint')} aria-label={t('mediation.party.role')} data-testid={`mediation-party-role-${index}`} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    disabled={fields.length <= 2}
                    onClick={() => remove(field.name)}
                    aria-label={t('mediation.party.remove')}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_PARTIES}
              onClick={() => add({ name: '', phone: '', role: '' })}
              data-testid="mediation-party-add"
            >
              {t('mediation.party.add')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="description" label={t('mediation.field.description')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
        <Input.TextArea data-testid="mediation-description" rows={4} maxLength={2000} showCount placeholder={t('mediation.new.descriptionHint')} />
      </Form.Item>
    </FormModal>
  );
}
