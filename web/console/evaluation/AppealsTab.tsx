import { Alert, App, Button, Empty, Flex, Form, Input, Radio, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { type AppealDto, GRADE_LABELS, GRADES, type Grade } from '#contracts/evaluation.js';
import { type AppealStatus, type YearStatus, useAnswerAppeal, useAppeals } from '../../api/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { FormModal } from '../layout/FormModal.js';
import { usePaging } from '../shared/usePaging.js';
import { useApiError } from '../useApiError.js';

const STATUS_COLORS: Record<AppealStatus, string> = { open: 'orange', upheld: 'green', rejected: 'default' };

/** 申诉: the members' appeals, open ones first; the community answers each before the year is locked. */
export function AppealsTab({ year, status, initialStatus }: { year: number; status: YearStatus; initialStatus?: AppealStatus }) {
  const { t } = useI18n();
  const paging = usePaging();
  const [filter, setFilter] = useState<AppealStatus | 'all'>(initialStatus ?? 'all');
  const [answering, setAnswering] = useState<AppealDto | null>(null);
  const list = useAppeals(year, { status: filter === 'all' ? undefined : filter, page: paging.page, pageSize: paging.pageSize });
  const locked = status.lockedAt !== null;

  return (
    <Flex vertical gap={12}>
      <Segmented<AppealStatus | 'all'>
        data-testid="appeals-status"
        value={filter}
        onChange={(next) => {
          setFilter(next);
          paging.restart();
        }}
        options={[
          { value: 'all', label: t('evaluation.appeals.all') },
          { value: 'open', label: t('evaluation.appeals.status.open') },
          { value: 'upheld', label: t('evaluation.appeals.status.upheld') },
          { value: 'rejected', label: t('evaluation.appeals.status.rejected') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Table<AppealDto>
        data-testid="appeals-table"
        rowKey="id"
        size="middle"
        scroll={{ x: 900 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        onRow={(a) => ({ 'data-testid': `appeal-row-${a.id}` }) as React.HTMLAttributes<HTMLElement>}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : t('evaluation.appeals.empty')} /> }}
        columns={[
          { title: t('evaluation.col.member'), key: 'member', width: 110, render: (_, a) => a.member.name },
          { title: t('evaluation.appeals.col.reason'), dataIndex: 'reason' },
          { title: t('evaluation.appeals.col.createdAt'), key: 'createdAt', width: 150, render: (_, a) => formatTime(a.createdAt) },
          {
            title: t('evaluation.appeals.col.status'),
            key: 'status',
            width: 90,
            render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{t(`evaluation.appeals.status.${a.status}`)}</Tag>,
          },
          {
            title: t('evaluation.appeals.col.answer'),
            key: 'answer',
            render: (_, a) =>
              a.answer ? (
                <div>
                  <div>{a.answer}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(a.answeredAt)}
                  </Typography.Text>
                </div>
              ) : null,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, a) =>
              a.status === 'open' && (
                <Tooltip title={locked ? t('evaluation.lockedReason') : undefined}>
                  <Button size="small" type="primary" disabled={locked} onClick={() => setAnswering(a)} data-testid={`appeal-answer-${a.id}`}>
                    {t('evaluation.appeals.answer')}
                  </Button>
                </Tooltip>
              ),
          },
        ]}
      />
      {answering && <AnswerModal year={year} appeal={answering} onClose={() => setAnswering(null)} />}
    </Flex>
  );
}

type Values = { upheld: boolean; grade?: Grade; answer: string };

/** 答复: 成立 with the new grade (within the cap), or 不成立 with why. */
function AnswerModal({ year, appeal, onClose }: { year: number; appeal: AppealDto; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerAppeal(year);
  const showError = useApiError();
  const upheld = Form.useWatch('upheld', form);

  return (
    <FormModal<Values>
      title={t('evaluation.appeals.answer.title', { name: appeal.member.name })}
      form={form}
      initialValues={{ upheld: false }}
      pending={answer.isPending}
      okText={t('evaluation.appeals.answer')}
      onClose={onClose}
      onFinish={(values) =>
        answer.mutate(
          { id: appeal.id, upheld: values.upheld, answer: values.answer.trim(), ...(values.upheld && values.grade ? { grade: values.grade } : {}) },
          {
            onSuccess: () => {
              void message.success(t('evaluation.appeals.answer.done'));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Alert type="info" style={{ marginBottom: 16 }} title={appeal.reason} description={formatTime(appeal.createdAt)} data-testid="answer-reason" />
      <Form.Item name="upheld" label={t('evaluation.appeals.answer.result')} rules={[{ required: true }]}>
        <Radio.Group
          data-testid="answer-upheld"
          options={[
            { value: true, label: t('evaluation.appeals.answer.upheld') },
            { value: false, label: t('evaluation.appeals.answer.rejected') },
          ]}
        />
      </Form.Item>
      {upheld && (
        <Form.Item
          name="grade"
          label={t('evaluation.appeals.answer.grade')}
          rules={[{ required: true, message: t('evaluation.appeals.answer.gradeRequired') }]}
        >
          <Radio.Group
            data-testid="answer-grade"
            optionType="button"
            buttonStyle="solid"
            options={GRADES.map((g) => ({ value: g, label: label(GRADE_LABELS[g]) }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="answer"
        label={t('evaluation.appeals.answer.text')}
        extra={t('evaluation.appeals.answer.textHint')}
        rules={[
          { required: true, whitespace: true, message: t('evaluation.appeals.answer.textRequired') },
          { min: 2, max: 500 },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="answer-text" />
      </Form.Item>
    </FormModal>
  );
}
