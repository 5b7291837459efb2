import { Button, Dialog, List, Tag, Toast } from 'antd-mobile';
import { POST_CLASS_LABELS } from '#contracts/labels.js';
import type { PostDto } from '#contracts/wishes.js';
import { useClaimPost } from '../../api/activities.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MyWeekRoster } from './MyWeekRoster.js';

type Props = { post: PostDto; showRoster: boolean; onFailure: (text: string | null) => void };

/** One post: class, name, duties, slots; 认岗 (asked to confirm) while a slot is free, or 已认领 with the week's roster. */
export function PostCard({ post: p, showRoster, onFailure }: Props) {
  const { t, lang, label } = useI18n();
  const claim = useClaimPost();
  const full = p.holders.length >= p.slots;

  const take = async () => {
    const ok = await Dialog.confirm({
      title: t('posts.phone.claim.confirmTitle'),
      content: t('posts.phone.claim.confirm', { name: p.name, place: p.place.name }),
      confirmText: t('posts.phone.claim'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    claim.mutate(p.id, {
      onSuccess: () => {
        onFailure(null);
        Toast.show({ icon: 'success', content: t('posts.phone.claim.done') });
      },
      onError: (error) => onFailure(errorText(error, lang, t)),
    });
  };

  return (
    <List.Item
      data-testid={`post-card-${p.id}`}
      description={
        <>
          {p.duties && <div className="order-desc">{p.duties}</div>}
          <div className="phone-time">
            {p.place.name} · {t('posts.phone.slots', { held: p.holders.length, slots: p.slots })}
          </div>
          {showRoster && p.mine && <MyWeekRoster post={p} />}
          {!p.mine && (
            <div className="order-actions" style={{ padding: '8px 0 0' }}>
              <Button block color="primary" disabled={full} loading={claim.isPending} onClick={() => void take()} data-testid={`post-claim-${p.id}`}>
                {full ? t('posts.phone.full') : t('posts.phone.claim')}
              </Button>
            </div>
          )}
        </>
      }
    >
      <div className="order-head">
        <span className="phone-strong">{p.name}</span>
        <Tag color="primary" fill="outline">
          {label(POST_CLASS_LABELS[p.postClass])}
        </Tag>
        {p.mine && (
          <Tag color="success" data-testid={`post-mine-${p.id}`}>
            {t('posts.phone.mineTag')}
          </Tag>
        )}
      </div>
    </List.Item>
  );
}
