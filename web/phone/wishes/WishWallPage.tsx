import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router-dom';
import type { WishDto } from '#contracts/wishes.js';
import { useCommunityCard } from '../../api/registration.js';
import { useWishWall } from '../../api/wishes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PhoneLangSwitch } from '../PhoneLangSwitch.js';
import { WishStatusTag } from './WishStatus.js';
import './wishes.css';

/** 心愿墙: a community's open and claimed wishes for a QR on the notice board; public, no names, no doors. */
export function WishWallPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const communityId = Number(useParams().communityId);
  const card = useCommunityCard(communityId);
  const wall = useWishWall(communityId);

  return (
    <div data-testid="wish-wall">
      <div className="phone-top">
        <PhoneLangSwitch />
      </div>
      <div className="phone-brand">
        <h1 className="wall-title" data-testid="wall-community">
          {card.data?.name ?? ''}
        </h1>
        <p>{t('wishes.wall.subtitle')}</p>
      </div>
      {wall.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : wall.isError ? (
        <ErrorBlock status="empty" title={t('wishes.wall.notFound')} description={null} data-testid="wall-error" />
      ) : wall.data.length === 0 ? (
        <ErrorBlock status="empty" title={t('wishes.wall.empty')} description={t('wishes.wall.emptyHint')} data-testid="wall-empty" />
      ) : (
        <div data-testid="wall-list">
          {wall.data.map((w) => (
            <WallCard key={w.id} wish={w} />
          ))}
        </div>
      )}
      <div className="wish-page-actions">
        <Button block color="primary" fill="outline" size="large" onClick={() => navigate('/m/wishes')} data-testid="wall-claim">
          {t('wishes.wall.claimHint')}
        </Button>
      </div>
    </div>
  );
}

function WallCard({ wish: w }: { wish: WishDto }) {
  return (
    <div className={`wall-card ${w.status}`} data-testid={`wall-wish-${w.id}`}>
      <span className="wall-status">
        <WishStatusTag status={w.status} testId={`wall-status-${w.id}`} />
      </span>
      <h2>{w.title}</h2>
      {w.description && <div className="wish-text">{w.description}</div>}
      {w.area && <div className="wish-meta">{w.area}</div>}
    </div>
  );
}
