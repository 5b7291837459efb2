import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { POST_CLASS_LABELS } from '#contracts/labels.js';
import { usePost } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { RosterCard } from './RosterCard.js';

/** One post: its duties and holders, and the week's duty roster to plan, confirm and print. */
export function PostDetailPage() {
  const { t, label } = useI18n();
  const id = Number(useParams().id);
  const post = usePost(id);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (post.isPending) return <PageSpin />;
  if (post.isError) {
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void post.refetch()}>{t('common.retry')}</Button>} />;
  }
  const p = post.data;
  if (!p) return <NotFound />;

  return (
    <Flex vertical gap={16} data-testid="post-detail">
      <Space align="center" wrap className="no-print">
        <Link to="/posts">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('posts.back')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="post-title">
          {p.name}
        </Typography.Title>
        <Tag color="red">{label(POST_CLASS_LABELS[p.postClass])}</Tag>
      </Space>
      <Card size="small" className="no-print">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('posts.col.place')}>{p.place.name}</Descriptions.Item>
          <Descriptions.Item label={t('posts.col.holders')}>
            <span data-testid="post-holders">{p.holders.map((h) => h.name).join(t('common.listSeparator')) || t('posts.noHolder')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('posts.col.slots')}>{`${p.holders.length}/${p.slots}`}</Descriptions.Item>
          <Descriptions.Item label={t('posts.col.duties')} span={3}>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.duties || '—'}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <RosterCard post={p} />
    </Flex>
  );
}
