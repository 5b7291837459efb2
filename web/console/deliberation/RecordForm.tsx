import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type Meeting, useRecordMeeting } from '../../api/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { useApiError } from '../useApiError.js';
import { ATTENDEE_KEYS } from './DeliberationBits.js';
import { addDays, attendeesOf, type OtherKind, ownerComplete, type RecordValues, recordOf } from './deliberationLogic.js';
import { MemberRefSelect, OwnerField, UnitRefSelect } from './RefPickers.js';

const OTHER_KINDS: OtherKind[] = ['resident', 'adviser', 'staff', 'other'];

export const ORIGIN_KEYS: Record<string, MessageKey> = {
  escalatedOrders: 'delib.origin.escalatedOrders',
  unclaimedNeeds: 'delib.origin.unclaimedNeeds',
  lateTasks: 'delib.origin.lateTasks',
  routine: 'delib.origin.routine',
};

/** 会议记录: who came, what was said, and per agenda item the decision, the votes and the tasks it sets. Submitted once. */
export function RecordForm({ meeting, communityId }: { meeting: Meeting; communityId?: number }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const record = useRecordMeeting(meeting.id);
  const showError = useApiError();
  const [problem, setProblem] = useState<string | null>(null);
  const heldOn = dayjs(meeting.heldOn);

  const finish = (values: RecordValues) => {
    setProblem(null);
    if (attendeesOf(values).length === 0) {
      setProblem(t('delib.record.noAttendees'));
      return;
    }
    const payload = recordOf(values);
    modal.confirm({
      title: t('delib.record.confirmTitle'),
      content: t('delib.record.confirm', { attendees: payload.attendees.length, items: payload.items.length }),
      okText: t('delib.record.submit'),
      cancelText: t('common.cancel'),
      onOk: () =>
        record.mutateAsync(payload).then(
          () => void message.success(t('delib.record.done')),
          (e: unknown) => setProblem(showError(e)),
        ),
    });
  };

  return (
    <Form<RecordValues>
      form={form}
      layout="vertical"
      data-testid="record-form"
      initialValues={{
        members: [],
        units: [],
        others: [],
        discussion: '',
        items: meeting.items.map((item) => ({ itemId: item.id, decision: '', votesFor: 0, votesAgainst: 0, votesAbstain: 0, tasks: [] })),
      }}
      onFinish={finish}
      onFinishFailed={() => setProblem(t('delib.record.incomplete'))}
    >
      <Flex vertical gap={16}>
        <Card size="small" title={t('delib.record.attendees')}>
          <Form.Item name="members" label={t('delib.record.members')}>
            <MemberRefSelect multiple testId="record-members" communityId={communityId} />
          </Form.Item>
          <Form.Item name="units" label={t('delib.record.units')}>
            <UnitRefSelect multiple testId="record-units" />
          </Form.Item>
          <Form.Item label={t('delib.record.others')} style={{ marginBottom: 0 }}>
            <Form.List name="others">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field, i) => (
                    <Space.Compact key={field.key} style={{ width: '100%', maxWidth: 480 }}>
                      <Form.Item name={[field.name, 'kind']} noStyle initialValue="resident">
                        <Select<OtherKind>
                          data-testid={`record-other-kind-${i}`}
                          style={{ width: 120 }}
                          options={OTHER_KINDS.map((k) => ({ value: k, label: t(ATTENDEE_KEYS[k] ?? 'delib.attendee.other') }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: t('delib.record.nameRequired') }]}>
                        <Input data-testid={`record-other-name-${i}`} maxLength={40} placeholder={t('delib.record.name')} />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('delib.record.remove')} />
                    </Space.Compact>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ alignSelf: 'flex-start' }} data-testid="record-other-add">
                    {t('delib.record.addOther')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
        </Card>

        <Card size="small" title={t('delib.record.discussion')}>
          <Form.Item name="discussion" noStyle rules={[{ max: 5000, message: t('delib.record.discussionTooLong') }]}>
            <Input.TextArea data-testid="record-discussion" rows={4} maxLength={5000} showCount placeholder={t('delib.record.discussionPlaceholder')} />
          </Form.Item>
        </Card>

        {meeting.items.map((item, i) => (
          <Card
            key={item.id}
            size="small"
            data-testid={`record-item-${i}`}
            title={
              <Space wrap>
                <span>{t('delib.record.itemTitle', { n: i + 1, text: item.text })}</span>
                {item.origin && <Tag color="volcano">{t(ORIGIN_KEYS[item.origin] ?? 'delib.origin.routine')}</Tag>}
              </Space>
            }
          >
            <Form.Item name={['items', i, 'itemId']} hidden>
              <InputNumber />
            </Form.Item>
            <Form.Item
              name={['items', i, 'decision']}
              label={t('delib.record.decision')}
              rules={[
                { required: true, whitespace: true, message: t('delib.record.decisionRequired') },
                { max: 1000, message: t('delib.record.decisionTooLong') },
              ]}
            >
              <Input.TextArea
                data-testid={`record-item-${i}-decision`}
                rows={3}
                maxLength={1000}
                showCount
                placeholder={t('delib.record.decisionPlaceholder')}
              />
            </Form.Item>
            <Flex gap={16} wrap>
              {(['votesFor', 'votesAgainst', 'votesAbstain'] as const).map((vote) => (
                <Form.Item key={vote} name={['items', i, vote]} label={t(`delib.record.${vote}`)}>
                  <InputNumber data-testid={`record-item-${i}-${vote}`} min={0} max={10000} precision={0} style={{ width: 120 }} />
                </Form.Item>
              ))}
            </Flex>
            <Typography.Text strong>{t('delib.record.tasks')}</Typography.Text>
            <Form.List name={['items', i, 'tasks']}>
              {(fields, { add, remove }) => (
                <Flex vertical gap={8} style={{ marginTop: 8 }}>
                  {fields.length === 0 && <Typography.Text type="secondary">{t('delib.record.noTasks')}</Typography.Text>}
                  {fields.map((field, j) => (
                    <Card key={field.key} size="small" type="inner" data-testid={`record-item-${i}-task-${j}`}>
                      <Flex gap={8} wrap align="flex-start">
                        <Form.Item
                          name={[field.name, 'title']}
                          label={t('delib.record.taskTitle')}
                          style={{ flex: '2 1 220px', marginBottom: 0 }}
                          rules={[
                            { required: true, whitespace: true, message: t('delib.record.taskTitleRequired') },
                            { max: 100, message: t('delib.record.taskTitleTooLong') },
                          ]}
                        >
                          <Input data-testid={`record-item-${i}-task-${j}-title`} maxLength={100} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'owner']}
                          label={t('delib.record.owner')}
                          required
                          style={{ flex: '2 1 280px', marginBottom: 0 }}
                          initialValue={{ kind: 'member', name: '' }}
                          rules={[
                            {
                              validator: (_, owner) => (ownerComplete(owner) ? Promise.resolve() : Promise.reject(new Error(t('delib.record.ownerRequired')))),
                            },
                          ]}
                        >
                          <OwnerField testId={`record-item-${i}-task-${j}-owner`} communityId={communityId} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'deadline']}
                          label={t('delib.record.deadline')}
                          style={{ flex: '1 1 150px', marginBottom: 0 }}
                          initialValue={dayjs(addDays(meeting.heldOn, 7))}
                          rules={[{ required: true, message: t('delib.record.deadlineRequired') }]}
                        >
                          <DatePicker
                            data-testid={`record-item-${i}-task-${j}-deadline`}
                            allowClear={false}
                            disabledDate={(day: Dayjs) => day.isBefore(heldOn, 'day')}
                            style={{ width: '100%' }}
                          />
                        </Form.Item>
                        <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('delib.record.remove')} style={{ marginTop: 30 }} />
                      </Flex>
                    </Card>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add()}
                    style={{ alignSelf: 'flex-start' }}
                    data-testid={`record-item-${i}-task-add`}
                    disabled={fields.length >= 10}
                  >
                    {t('delib.record.addTask')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Card>
        ))}

        {problem && <Alert type="error" showIcon title={problem} data-testid="record-problem" />}
        <Flex justify="flex-end">
          <Button type="primary" size="large" htmlType="submit" loading={record.isPending} data-testid="record-submit">
            {t('delib.record.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
