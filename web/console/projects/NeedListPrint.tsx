import { ORDER_CATEGORY_LABELS, ORDER_STATUS_LABELS, type OrderStatus } from '#contracts/labels.js';
import type { NeedListDto } from '#contracts/projects.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import '../registrations/ledger-print.css';

export const needStatusLabel = (status: string, label: (l: { 'zh-CN': string; en: string }) => string) =>
  status in ORDER_STATUS_LABELS ? label(ORDER_STATUS_LABELS[status as OrderStatus]) : status;

/** The A4 sheet put up and sent round: community, month, the needs (area only). Hidden on screen. */
export function NeedListPrint({ list }: { list: NeedListDto }) {
  const { t, label } = useI18n();
  return (
    <div className="print-only print-sheet" data-testid="needs-print">
      <h1>{t('needs.print.title', { name: list.place.name, month: list.month })}</h1>
      <div className="print-meta">
        <span>{t('needs.print.count', { count: list.needs.length })}</span>
        <span>{list.publishedAt ? t('needs.published', { time: formatTime(list.publishedAt) }) : t('needs.unpublished')}</span>
      </div>
      <table>
        <thead>
          <tr>
            <th>{t('needs.col.no')}</th>
            <th>{t('needs.col.category')}</th>
            <th>{t('needs.col.description')}</th>
            <th>{t('needs.col.area')}</th>
            <th>{t('needs.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {list.needs.map((n, i) => (
            <tr key={n.id}>
              <td>{i + 1}</td>
              <td>{label(ORDER_CATEGORY_LABELS[n.category])}</td>
              <td>{n.description}</td>
              <td>{n.area}</td>
              <td>{needStatusLabel(n.status, label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-muted">{t('needs.print.footer')}</p>
    </div>
  );
}
