import { Card, Tag } from 'antd-mobile';
import { GRID_ROLE_DUTIES, GRID_ROLE_LABELS } from '#contracts/grid.js';
import { PLACE_KINDS, type PlaceKind } from '#contracts/labels.js';
import { useMyGridRoles } from '../api/pairing.js';
import { useI18n } from '../i18n/I18nProvider.js';

const isPlaceKind = (kind: string): kind is PlaceKind => (PLACE_KINDS as readonly string[]).includes(kind);

/** 我的网格职务: the member's live grid roles, each with where, since when and its 职责清单; nothing when they hold none. */
export function MyGridRolesCard() {
  const { t, label, kindLabel } = useI18n();
  const roles = useMyGridRoles().data ?? [];
  if (roles.length === 0) return null;

  return (
    <Card title={t('pairing.me.gridRoles')} className="phone-section" data-testid="my-grid-roles">
      <div className="phone-registration" style={{ gap: 16 }}>
        {roles.map((r) => (
          <div key={r.id} className="phone-registration" data-testid={`my-grid-role-${r.id}`}>
            <div className="phone-registration-head">
              <span className="phone-strong">
                {isPlaceKind(r.place.kind) ? `${kindLabel(r.place.kind)} · ` : ''}
                {r.place.name}
              </span>
              <Tag color="primary" fill="outline">
                {label(GRID_ROLE_LABELS[r.role])}
              </Tag>
            </div>
            <div className="phone-muted">{t('pairing.me.gridRoles.since', { date: r.startDate })}</div>
            <div className="phone-muted">{t('pairing.me.gridRoles.duties')}</div>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {GRID_ROLE_DUTIES[r.role].map((duty) => (
                <li key={duty['zh-CN']}>{label(duty)}</li>
              ))}
            </ul>
            {r.duties && <div data-testid={`my-grid-role-extra-${r.id}`}>{t('pairing.me.gridRoles.extra', { duties: r.duties })}</div>}
          </div>
        ))}
      </div>
    </Card>
  );
}
