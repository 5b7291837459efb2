import { Card, Col, Empty, Row, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { type Honours, useHonours } from '../../api/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';

type Volunteer = Honours['volunteers'][number];
type Leader = Honours['buildingLeaders'][number];

/** 评优: 最美志愿者 and 最美楼道长, drawn from the year's results. */
export function HonoursTab({ year }: { year: number }) {
  const { t } = useI18n();
  const honours = useHonours(year);
  const empty = { emptyText: <Empty description={honours.isError ? t('common.loadFailed') : t('evaluation.honours.empty')} /> };
  const rank = { title: t('evaluation.col.rank'), key: 'rank', width: 64, render: (_: unknown, __: unknown, i: number) => i + 1 };
  const member = {
    title: t('evaluation.col.member'),
    key: 'member',
    render: (_: unknown, r: Volunteer | Leader) => <Link to={`/members/${r.member.id}`}>{r.member.name}</Link>,
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={t('evaluation.honours.volunteers')}
          extra={<Typography.Text type="secondary">{t('evaluation.honours.volunteers.hint')}</Typography.Text>}
        >
          <Table<Volunteer>
            data-testid="honours-volunteers"
            size="small"
            rowKey={(r) => r.member.id}
            loading={honours.isFetching}
            dataSource={honours.data?.volunteers ?? []}
            pagination={false}
            locale={empty}
            columns={[
              rank,
              member,
              { title: t('evaluation.col.community'), dataIndex: 'community' },
              { title: t('evaluation.honours.hours'), dataIndex: 'hours', align: 'right' },
              { title: t('evaluation.col.score'), dataIndex: 'score', align: 'right' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={t('evaluation.honours.leaders')}
          extra={<Typography.Text type="secondary">{t('evaluation.honours.leaders.hint')}</Typography.Text>}
        >
          <Table<Leader>
            data-testid="honours-leaders"
            size="small"
            rowKey={(r) => `${r.member.id}-${r.place}`}
            loading={honours.isFetching}
            dataSource={honours.data?.buildingLeaders ?? []}
            pagination={false}
            locale={empty}
            columns={[
              rank,
              member,
              { title: t('evaluation.honours.place'), dataIndex: 'place' },
              { title: t('evaluation.col.score'), dataIndex: 'score', align: 'right' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
