import { Card, Image, ImageViewer } from 'antd-mobile';
import type { ReactNode } from 'react';
import type { WishDto } from '#contracts/wishes.js';
import { wishPhotoUrl } from '../../api/wishes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { WishStatusTag } from './WishStatus.js';

/** One wish: what, where (area only), who claimed it, the photos of it fulfilled, the thanks; then its buttons. */
export function WishCard({ wish: w, children }: { wish: WishDto; children?: ReactNode }) {
  const { t } = useI18n();
  const urls = w.photos.map((fileId) => wishPhotoUrl(w.id, fileId));
  return (
    <Card
      className="wish-card"
      data-testid={`wish-card-${w.id}`}
      title={
        <div className="wish-head">
          <span className="phone-strong">{w.title}</span>
          <WishStatusTag status={w.status} testId={`wish-card-status-${w.id}`} />
        </div>
      }
    >
      {w.description && <div className="wish-text">{w.description}</div>}
      <div className="wish-meta">
        {[w.community.name, w.area].filter(Boolean).join(' · ')} · {formatTime(w.createdAt)}
      </div>
      {w.claimer && (
        <div className="wish-meta" data-testid={`wish-claimer-${w.id}`}>
          {t('wishes.phone.claimedBy', { name: w.claimer.name })}
        </div>
      )}
      {urls.length > 0 && (
        <div className="wish-photos" data-testid={`wish-photos-${w.id}`}>
          {urls.map((url, i) => (
            <Image key={url} src={url} width={72} height={72} fit="cover" onClick={() => ImageViewer.Multi.show({ images: urls, defaultIndex: i })} />
          ))}
        </div>
      )}
      {w.thanks && (
        <div className="wish-thanks" data-testid={`wish-thanks-${w.id}`}>
          {t('wishes.phone.thanks', { text: w.thanks })}
        </div>
      )}
      {children}
    </Card>
  );
}
