import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Pagination, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { POST_CLASS_LABELS, POST_CLASSES, type PostClass } from '#contracts/labels.js';
import type { PostDto } from '#contracts/wishes.js';
import { downloadPosts, type PostFilters, usePosts } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { useListQuery } from '../shared/useListQuery.js';
import { PostClassGroup } from './PostClassGroup.js';
import { PostFormModal } from './PostFormModal.js';

type Filters = Omit<PostFilters, 'page' | 'pageSize'>;

/** 设岗定责: the posts of the caller's communities, grouped by the eight classes, with holders and free slots. */
export function PostsPage() {
  const { t, label } = useI18n();
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const list = usePosts({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [creating, setCreating] = useState(false);
  const items = list.data?.items ?? [];
  // The server sorts by class, so a page splits into whole groups in the classes' order.
  const groups = POST_CLASSES.map((c) => [c, items.filter((p) => p.postClass === c)] as [PostClass, PostDto[]]).filter(([, posts]) => posts.length);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.posts')}
        </Typography.Title>
        <Space wrap>
          <DownloadButton download={() => downloadPosts(filters)} testId="posts-export" />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="post-new">
            {t('posts.new')}
          </Button>
        </Space>
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Select<PostClass>
            allowClear
            data-testid="posts-class-filter"
            style={{ width: 180 }}
            placeholder={t('posts.filter.class')}
            value={filters.postClass}
            onChange={query.setter('postClass')}
            options={POST_CLASSES.map((c) => ({ value: c, label: label(POST_CLASS_LABELS[c]) }))}
          />
          <PlacePicker
            style={{ width: 220 }}
            placeholder={t('posts.filter.place')}
            accept={(hit) => hit.kind === 'community'}
            value={filters.placeId}
            onChange={query.setter('placeId')}
          />
        </Flex>
      </Card>
      <Spin spinning={list.isFetching}>
        <Flex vertical gap={16} data-testid="posts-groups">
          {groups.map(([postClass, posts]) => (
            <PostClassGroup key={postClass} postClass={postClass} posts={posts} />
          ))}
          {!list.isPending && groups.length === 0 && (
            <Card>
              <Empty description={list.isError ? t('common.loadFailed') : query.filtered ? t('common.empty') : t('posts.empty')} />
            </Card>
          )}
        </Flex>
      </Spin>
      {(list.data?.total ?? 0) > paging.pageSize && (
        <Pagination align="end" {...paging.pagination(list.data?.total)} onChange={(page, pageSize) => paging.follow({ current: page, pageSize })} />
      )}
      {creating && <PostFormModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}
