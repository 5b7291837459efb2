import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Segmented, Table, type TableProps, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { type RollCallMember, useAssignTask } from '../../api/emergency.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { ANSWER_ORDER, ANSWER_TEXT, type AnswerFilter, filterMembers, matchesAnswer } from './emergencyFigures.js';
import { AnswerTag } from './EmergencyTags.js';

type Props = { emergencyId: number; members: RollCallMember[]; live: boolean; loading: boolean };

/** 点名 by member: filter by answer, search, pick rows and give them a task (分派任务) while the emergency lasts. */
export function MembersCard({ emergencyId, members, live, loading }: Props) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<AnswerFilter>('all');
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const [assigning, setAssigning] = useState(false);
  const shown = useMemo(() => filterMembers(members, filter, q), [members, filter, q]);
  const count = (f: AnswerFilter) => members.filter((m) => matchesAnswer(m, f)).length;
  // Who is still on the roll call: a refresh never keeps a member who is gone selected.
  const picked = selected.filter((id) => members.some((m) => m.id === id));

  const columns: TableProps<RollCallMember>['columns'] = [
    { title: t('emergency.member.name'), key: 'name', width: 120, render: (_, m) => <span data-testid={`rollcall-name-${m.id}`}>{m.name}</span> },
    { title: t('emergency.member.grid'), key: 'grid', width: 180, render: (_, m) => m.grid || t('emergency.member.noGrid') },
    { title: t('emergency.member.answer'), key: 'answer', width: 110, render: (_, m) => <AnswerTag answer={m.answer} testId={`rollcall-answer-${m.id}`} /> },
    {
      title: t('emergency.member.note'),
      key: 'note',
      render: (_, m) => (
        <Typography.Text data-testid={`rollcall-note-${m.id}`} ellipsis={{ tooltip: m.note }} style={{ maxWidth: 260 }}>
          {m.note || '—'}
        </Typography.Text>
      ),
    },
    {
      title: t('emergency.member.task'),
      key: 'task',
      render: (_, m) => (
        <Typography.Text data-testid={`rollcall-task-${m.id}`} ellipsis={{ tooltip: m.task }} style={{ maxWidth: 260 }}>
          {m.task ?? '—'}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('emergency.members.title', { count: members.length })}
      data-testid="emergency-members"
      extra={
        live && (
          <Button type="primary" icon={<SendOutlined />} disabled={picked.length === 0} onClick={() => setAssigning(true)} data-testid="emergency-assign">
            {picked.length ? t('emergency.assign.button', { count: picked.length }) : t('emergency.assign.pick')}
          </Button>
        )
      }
    >
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Segmented<AnswerFilter>
          data-testid="emergency-members-filter"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('emergency.filter.answer.all', { count: members.length }) },
            ...ANSWER_ORDER.map((a) => ({ value: a, label: `${t(ANSWER_TEXT[a])} ${count(a)}` })),
            { value: 'silent', label: `${t('emergency.answer.silent')} ${count('silent')}` },
          ]}
        />
        <Input.Search
          allowClear
          style={{ width: 220 }}
          data-testid="emergency-members-search"
          placeholder={t('emergency.members.search')}
          onSearch={(value) => setQ(value)}
          onChange={(e) => !e.target.value && setQ('')}
        />
      </Flex>
      <Table<RollCallMember>
        rowKey="id"
        size="small"
        data-testid="emergency-members-table"
        loading={loading}
        columns={columns}
        dataSource={shown}
        scroll={{ x: 900 }}
        rowSelection={live ? { selectedRowKeys: picked, onChange: (keys) => setSelected(keys.map(Number)), preserveSelectedRowKeys: true } : undefined}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        locale={{ emptyText: <Empty description={members.length ? t('common.empty') : t('emergency.members.empty')} /> }}
      />
      {assigning && (
        <AssignModal
          emergencyId={emergencyId}
          names={members.filter((m) => picked.includes(m.id)).map((m) => m.name)}
          memberIds={picked}
          onClose={() => setAssigning(false)}
          onDone={() => setSelected([])}
        />
      )}
    </Card>
  );
}

type AssignProps = { emergencyId: number; memberIds: number[]; names: string[]; onClose: () => void; onDone: () => void };

/** 分派任务: one task (a post, a street to walk) for the chosen members; they are told on their phones. */
function AssignModal({ emergencyId, memberIds, names, onClose, onDone }: AssignProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ task: string }>();
  const assign = useAssignTask(emergencyId);
  const showError = useApiError();
  const shownNames = names.slice(0, 10).join(t('common.listSeparator')) + (names.length > 10 ? t('emergency.assign.more', { count: names.length }) : '');
  return (
    <FormModal<{ task: string }>
      title={t('emergency.assign.title')}
      form={form}
      pending={assign.isPending}
      okText={t('emergency.assign.ok')}
      onClose={onClose}
      onFinish={({ task }) =>
        assign.mutate(
          { memberIds, task: task.trim() },
          {
            onSuccess: () => {
              void message.success(t('emergency.assign.done', { count: memberIds.length }));
              onDone();
              onClose();
            },
            onError: (error) => showError(error, form),
          },
        )
      }
    >
      <Typography.Paragraph data-testid="emergency-assign-names">{t('emergency.assign.to', { names: shownNames })}</Typography.Paragraph>
      <Form.Item name="task" label={t('emergency.assign.task')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input.TextArea data-testid="emergency-assign-task" rows={3} maxLength={200} showCount placeholder={t('emergency.assign.taskHint')} />
      </Form.Item>
    </FormModal>
  );
}
