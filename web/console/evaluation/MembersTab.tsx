import { Button, Empty, Flex, Select, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DEFAULT_WEIGHTS, GRADE_LABELS, GRADES, type Grade, type MemberEvaluationDto } from '#contracts/evaluation.js';
import { type YearStatus, useMemberEvaluations } from '../../api/evaluation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { usePaging } from '../shared/usePaging.js';
import { AdjustModal } from './AdjustModal.js';
import { GradeCell, ScoreLines } from './EvaluationBits.js';

type Filters = { placeId?: number; grade?: Grade };

/** 党员: every member's score and grade, filtered by place and grade; each row unfolds into its lines. */
export function MembersTab({ year, status }: { year: number; status: YearStatus }) {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const paging = usePaging();
  // Opened from 数据看板 with `?year=&grade=&placeId=&placeName=`.
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Filters>({
    grade: GRADES.find((g) => g === params.get('grade')),
    placeId: Number(params.get('placeId')) || undefined,
  });
  const [adjusting, setAdjusting] = useState<MemberEvaluationDto | null>(null);
  const list = useMemberEvaluations(year, { ...filters, page: paging.page, pageSize: paging.pageSize });
  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) => {
      setFilters((f) => ({ ...f, [key]: value }));
      paging.restart();
    };
  const locked = status.lockedAt !== null;
  const mayAdjust = can.adjustGrades(account.role);
  const filtered = filters.placeId !== undefined || filters.grade !== undefined;

  const columns: TableProps<MemberEvaluationDto>['columns'] = [
    {
      title: t('evaluation.col.member'),
      key: 'member',
      width: 140,
      render: (_, r) => <Link to={`/members/${r.member.id}`}>{r.member.name}</Link>,
    },
    { title: t('evaluation.col.community'), key: 'community', width: 160, render: (_, r) => r.community.name },
    {
      title: t('evaluation.col.score'),
      key: 'score',
      width: 90,
      align: 'right',
      render: (_, r) => (
        <Typography.Text strong data-testid={`eval-score-${r.id}`}>
          {r.score}
        </Typography.Text>
      ),
    },
    {
      title: t('evaluation.col.grade'),
      key: 'grade',
      width: 160,
      render: (_, r) => <GradeCell grade={r.grade} computedGrade={r.computedGrade} adjustReason={r.adjustReason} testId={`eval-grade-${r.id}`} />,
    },
    {
      title: t('evaluation.col.appeal'),
      key: 'appeal',
      width: 100,
      render: (_, r) =>
        r.appeal ? (
          <Tooltip title={r.appeal.reason}>
            <Tag color={r.appeal.status === 'open' ? 'orange' : r.appeal.status === 'upheld' ? 'green' : 'default'}>
              {t(`evaluation.appeals.status.${r.appeal.status}`)}
            </Tag>
          </Tooltip>
        ) : null,
    },
    ...(mayAdjust
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, r: MemberEvaluationDto) => (
              <Tooltip title={locked ? t('evaluation.lockedReason') : undefined}>
                <Button size="small" disabled={locked} onClick={() => setAdjusting(r)} data-testid={`eval-adjust-${r.id}`}>
                  {t('evaluation.adjust')}
                </Button>
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <PlacePicker
          style={{ width: 240 }}
          placeholder={t('evaluation.members.place')}
          accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
          value={filters.placeId}
          initialLabel={params.get('placeName') ?? undefined}
          onChange={set('placeId')}
        />
        <Select<Grade>
          allowClear
          style={{ width: 140 }}
          placeholder={t('evaluation.members.grade')}
          value={filters.grade}
          onChange={set('grade')}
          options={GRADES.map((g) => ({ value: g, label: label(GRADE_LABELS[g]) }))}
          data-testid="eval-grade-filter"
        />
      </Flex>
      <Table<MemberEvaluationDto>
        data-testid="eval-members-table"
        rowKey="id"
        size="middle"
        scroll={{ x: 800 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        expandable={{
          expandedRowRender: (r) => <ScoreLines lines={r.lines} score={r.score} testId={`eval-lines-${r.id}`} />,
          expandRowByClick: false,
        }}
        onRow={(r) => ({ 'data-testid': `eval-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        locale={{
          emptyText: <Empty description={list.isError ? t('common.loadFailed') : filtered ? t('evaluation.members.empty') : t('common.empty')} />,
        }}
      />
      {adjusting && <AdjustModal year={year} row={adjusting} share={(status.weights ?? DEFAULT_WEIGHTS).excellentShare} onClose={() => setAdjusting(null)} />}
    </Flex>
  );
}
