import { Tag } from 'antd-mobile';
import dayjs from 'dayjs';
import type { PostDto } from '#contracts/wishes.js';
import { useRoster } from '../../api/activities.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { mondayOf, todayIso, weekDays } from '../../console/posts/week.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** This week's duty days of a post the member holds; their own days stand out (the session knows their name, not their member id). */
export function MyWeekRoster({ post }: { post: PostDto }) {
  const { t } = useI18n();
  const me = useCurrentSession().account.displayName;
  const today = todayIso();
  const monday = mondayOf(today);
  const roster = useRoster(post.id, monday);
  const shifts = roster.data ?? [];
  const days = weekDays(monday).filter((date) => shifts.some((s) => s.date === date));

  return (
    <div className="phone-section" data-testid={`post-roster-${post.id}`}>
      <div className="phone-strong">{t('posts.phone.thisWeek')}</div>
      {roster.isPending ? null : days.length === 0 ? (
        <div className="phone-time">{t('posts.phone.noShifts')}</div>
      ) : (
        days.map((date) => (
          <div key={date} className="act-roster-day phone-time" data-testid={`post-roster-day-${date}`}>
            <span className={date === today ? 'act-roster-me' : undefined}>
              {dayjs(date).format('MM-DD')} {t(`posts.weekday.${dayjs(date).day()}` as const)}
            </span>
            <span>
              {shifts
                .filter((s) => s.date === date)
                .map((s) => (
                  <span key={s.id} className={s.member.name === me ? 'act-roster-me' : undefined}>
                    {s.member.name}
                    {s.done && (
                      <Tag color="success" fill="outline" style={{ marginLeft: 4 }}>
                        {t('posts.roster.served')}
                      </Tag>
                    )}{' '}
                  </span>
                ))}
            </span>
          </div>
        ))
      )}
    </div>
  );
}
