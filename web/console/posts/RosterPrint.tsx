import dayjs from 'dayjs';
import { POST_CLASS_LABELS } from '#contracts/labels.js';
import type { PostDto, ShiftDto } from '#contracts/wishes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { weekDays } from './week.js';
import '../registrations/ledger-print.css';

/** The week's roster on A4, to put up at the post: day, who is on duty, served or not, and a signature column. */
export function RosterPrint({ post, monday, shifts }: { post: PostDto; monday: string; shifts: ShiftDto[] }) {
  const { t, label } = useI18n();
  const days = weekDays(monday);
  return (
    <div className="print-only print-sheet" data-testid="roster-print-sheet">
      <h1>{t('posts.print.title', { name: post.name })}</h1>
      <div className="print-meta">
        <span>{t('posts.print.place', { place: post.place.name, postClass: label(POST_CLASS_LABELS[post.postClass]) })}</span>
        <span>{t('posts.week.range', { from: monday, to: (days[6] ?? monday).slice(5) })}</span>
      </div>
      {post.duties && <p>{t('posts.print.duties', { duties: post.duties })}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('posts.print.date')}</th>
            <th>{t('posts.print.members')}</th>
            <th>{t('posts.print.served')}</th>
            <th className="print-signature-col">{t('posts.print.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((date) => {
            const onDuty = shifts.filter((s) => s.date === date);
            return (
              <tr key={date}>
                <td>
                  {date} {t(`posts.weekday.${dayjs(date).day()}` as const)}
                </td>
                <td>{onDuty.map((s) => s.member.name).join(t('common.listSeparator'))}</td>
                <td>
                  {onDuty
                    .filter((s) => s.done)
                    .map((s) => s.member.name)
                    .join(t('common.listSeparator'))}
                </td>
                <td />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
