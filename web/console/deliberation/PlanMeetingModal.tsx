import { Alert, App, Button, Checkbox, DatePicker, Empty, Flex, Form, Input, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { MeetingKind } from '#contracts/deliberation.js';
import { usePlanMeeting, useSchedule, useTopics } from '../../api/deliberation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { usePlace } from '../../api/places.js';
import { beijingToday, meetingPlaces, type Ref, suggestedDay, topicsFor } from './deliberationLogic.js';

type Values = { placeId: number; heldOn: Dayjs; title?: string; topicIds?: number[] };

/**
 * 安排议事会 (proposed topics of a community, on a 议事日) or 安排联席会议 (at a community or the county; the server
 * drafts its agenda). A community admin plans for their own community; the levels above pick one first.
 */
export function PlanMeetingModal({ kind, onClose }: { kind: MeetingKind; onClose: () => void }) {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const own: Ref | null = account.community;
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const detail = usePlace(own ? null : (picked ?? null));
  const host: Ref | null = own ?? (picked !== undefined ? { id: picked, name: detail.data?.name ?? '' } : null);

  return (
    <ModalBody kind={kind} host={host} onClose={onClose}>
      {!own && (
        <Form.Item label={t(kind === 'joint' ? 'delib.meeting.jointPlace' : 'delib.meeting.community')} required>
          <PlacePicker
            placeholder={t('delib.meeting.pickCommunity')}
            accept={(hit) => hit.kind === 'community' || (kind === 'joint' && hit.kind === 'county')}
            value={picked}
            onChange={setPicked}
          />
        </Form.Item>
      )}
    </ModalBody>
  );
}

function ModalBody({ kind, host, onClose, children }: { kind: MeetingKind; host: Ref | null; onClose: () => void; children: React.ReactNode }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const plan = usePlanMeeting();
  const showError = useApiError();
  const today = beijingToday();
  const deliberation = kind === 'deliberation';
  const topics = useTopics({ placeId: host?.id, status: 'proposed', page: 1, pageSize: 200 }, deliberation && host !== null);
  const schedule = useSchedule(host?.id);
  const proposed = topics.data?.items ?? [];
  const places = host ? meetingPlaces(host, proposed) : [];
  const placeId = Form.useWatch('placeId', form) ?? host?.id;
  const offered = host && placeId ? topicsFor(placeId, host.id, proposed) : [];
  const next = schedule.data?.next ?? [];

  // The first 议事日 ahead, once the schedule is known and no day was chosen yet.
  useEffect(() => {
    if (!schedule.data || form.isFieldTouched('heldOn')) return;
    form.setFieldValue('heldOn', dayjs(suggestedDay(schedule.data.next, beijingToday())));
  }, [schedule.data, form]);
  useEffect(() => {
    form.setFieldValue('placeId', host?.id);
    form.setFieldValue('topicIds', []);
  }, [host?.id, form]);

  const finish = (v: Values) => {
    if (!host) return;
    const day = v.heldOn.format('YYYY-MM-DD');
    const where = places.find((p) => p.id === v.placeId)?.name || host.name;
    const title = v.title?.trim() || t(deliberation ? 'delib.meeting.defaultTitle' : 'delib.meeting.defaultJointTitle', { place: where, day }).slice(0, 60);
    plan.mutate(
      { placeId: deliberation ? v.placeId : host.id, kind, heldOn: day, title, topicIds: deliberation ? (v.topicIds ?? []) : [] },
      {
        onSuccess: (meeting) => {
          void message.success(t('delib.meeting.planned', { day: meeting.heldOn }));
          onClose();
          navigate(`/deliberation/meetings/${meeting.id}`);
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  return (
    <FormModal<Values>
      title={t(deliberation ? 'delib.meeting.plan' : 'delib.meeting.planJoint')}
      form={form}
      initialValues={{ placeId: host?.id, heldOn: dayjs(today), topicIds: [] }}
      onFinish={finish}
      onClose={onClose}
      pending={plan.isPending}
      okText={t('delib.meeting.planOk')}
      width={640}
    >
      {children}
      {!deliberation && <Alert type="info" showIcon title={t('delib.meeting.jointHint')} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('delib.meeting.heldOn')} required>
        <Flex vertical gap={6}>
          <Form.Item name="heldOn" noStyle rules={[{ required: true, message: t('delib.meeting.heldOnRequired') }]}>
            <DatePicker data-testid="plan-held-on" style={{ width: 200 }} allowClear={false} />
          </Form.Item>
          {next.length > 0 && (
            <Space size={4} wrap data-testid="plan-suggestions">
              <Typography.Text type="secondary">{t('delib.meeting.suggested')}</Typography.Text>
              {next.map((day) => (
                <Button key={day} size="small" onClick={() => form.setFieldValue('heldOn', dayjs(day))} data-testid={`plan-day-${day}`}>
                  {day}
                </Button>
              ))}
            </Space>
          )}
        </Flex>
      </Form.Item>
      {deliberation && (
        <Form.Item name="placeId" label={t('delib.meeting.place')} rules={[{ required: true, message: t('delib.meeting.placeRequired') }]}>
          <Select
            data-testid="plan-place"
            disabled={!host}
            onChange={() => form.setFieldValue('topicIds', [])}
            options={places.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('delib.meeting.title')} rules={[{ max: 60, message: t('delib.meeting.titleTooLong') }]}>
        <Input data-testid="plan-title" maxLength={60} placeholder={t('delib.meeting.titlePlaceholder')} />
      </Form.Item>
      {deliberation &&
        (!host || topics.isPending || offered.length === 0 ? (
          <Form.Item label={t('delib.meeting.topics')} required>
            {!host ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('delib.meeting.pickCommunity')} />
            ) : topics.isPending ? (
              <Spin />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('delib.meeting.noProposed')} data-testid="plan-no-topics" />
            )}
          </Form.Item>
        ) : (
          <Form.Item
            name="topicIds"
            label={t('delib.meeting.topics')}
            rules={[{ required: true, type: 'array', min: 1, message: t('delib.meeting.topicsRequired') }]}
          >
            <Checkbox.Group style={{ width: '100%' }} data-testid="plan-topics">
              <Flex vertical gap={8} style={{ maxHeight: 280, overflowY: 'auto', width: '100%' }}>
                {offered.map((topic) => (
                  <Checkbox key={topic.id} value={topic.id} data-testid={`plan-topic-${topic.id}`}>
                    <Typography.Text strong>{topic.title}</Typography.Text>
                    <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                      {topic.place.name} · {topic.proposer.name}
                    </Typography.Text>
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
        ))}
    </FormModal>
  );
}
