import { Card, Progress, Table, type TableProps, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { POST_CLASS_LABELS, type PostClass } from '#contracts/labels.js';
import type { PostDto } from '#contracts/wishes.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The posts of one class: name, community, duties, who holds it and how many slots are taken. */
export function PostClassGroup({ postClass, posts }: { postClass: PostClass; posts: PostDto[] }) {
  const { t, label } = useI18n();
  const columns: TableProps<PostDto>['columns'] = [
    {
      title: t('posts.col.name'),
      key: 'name',
      width: 200,
      render: (_, r) => (
        <Link to={`/posts/${r.id}`} data-testid={`post-link-${r.id}`}>
          {r.name}
        </Link>
      ),
    },
    { title: t('posts.col.place'), key: 'place', width: 140, render: (_, r) => r.place.name },
    {
      title: t('posts.col.duties'),
      key: 'duties',
      render: (_, r) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.duties }} style={{ margin: 0 }}>
          {r.duties || '—'}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('posts.col.holders'),
      key: 'holders',
      width: 220,
      render: (_, r) => <span data-testid={`post-holders-${r.id}`}>{r.holders.map((h) => h.name).join(t('common.listSeparator')) || t('posts.noHolder')}</span>,
    },
    {
      title: t('posts.col.slots'),
      key: 'slots',
      width: 140,
      render: (_, r) => (
        <Progress
          size="small"
          percent={(r.holders.length / r.slots) * 100}
          format={() => `${r.holders.length}/${r.slots}`}
          status={r.holders.length >= r.slots ? 'success' : 'normal'}
        />
      ),
    },
    { title: t('common.actions'), key: 'actions', width: 90, render: (_, r) => <Link to={`/posts/${r.id}`}>{t('posts.roster')}</Link> },
  ];

  return (
    <Card size="small" title={label(POST_CLASS_LABELS[postClass])} data-testid={`posts-class-${postClass}`}>
      <Table<PostDto> rowKey="id" size="small" columns={columns} dataSource={posts} pagination={false} scroll={{ x: 900 }} />
    </Card>
  );
}
