import type { Meeting, Task } from '../../api/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ATTENDEE_KEYS, KIND_KEYS, ownerKindText } from './DeliberationBits.js';

/** Tasks an agenda item set: the task's source names the item's topic and text. */
const tasksOf = (tasks: readonly Task[], item: Meeting['items'][number]) =>
  tasks.filter((task) => task.source.topicId === item.topicId && task.source.text === item.text);

/** 会议纪要: the record of a held meeting on one A4 sheet, for the file and the notice board. */
export function MinutesSheet({ meeting: m, tasks }: { meeting: Meeting; tasks: readonly Task[] }) {
  const { t } = useI18n();
  const sep = t('common.listSeparator');
  const kinds = [...new Set(m.attendees.map((a) => a.kind))];
  return (
    <div className="print-sheet delib-paper" data-testid="minutes-sheet">
      <h1>{t('delib.minutes.title', { place: m.place.name, kind: t(KIND_KEYS[m.kind]) })}</h1>
      <table className="delib-facts">
        <tbody>
          <tr>
            <th>{t('delib.minutes.name')}</th>
            <td colSpan={3}>{m.title}</td>
          </tr>
          <tr>
            <th>{t('delib.minutes.time')}</th>
            <td>{m.heldOn}</td>
            <th>{t('delib.minutes.place')}</th>
            <td>{m.place.name}</td>
          </tr>
          <tr>
            <th>{t('delib.minutes.attendees', { count: m.attendees.length })}</th>
            <td colSpan={3} data-testid="minutes-attendees">
              {kinds.map((kind) => (
                <div key={kind}>
                  {t(ATTENDEE_KEYS[kind] ?? 'delib.attendee.other')}：
                  {m.attendees
                    .filter((a) => a.kind === kind)
                    .map((a) => a.name)
                    .join(sep)}
                </div>
              ))}
            </td>
          </tr>
        </tbody>
      </table>

      <h2>{t('delib.minutes.discussion')}</h2>
      <p className="delib-pre" data-testid="minutes-discussion">
        {m.discussion || t('common.none')}
      </p>

      <h2>{t('delib.minutes.decisions')}</h2>
      {m.items.map((item, i) => {
        const set = tasksOf(tasks, item);
        return (
          <div key={item.id} className="delib-minutes-item" data-testid={`minutes-item-${i}`}>
            <h3>{t('delib.record.itemTitle', { n: i + 1, text: item.text })}</h3>
            <p className="delib-pre">
              <b>{t('delib.minutes.decision')}</b>
              <span data-testid={`minutes-decision-${i}`}>{item.decision}</span>
            </p>
            {item.votes && (
              <p data-testid={`minutes-votes-${i}`}>
                {t('delib.minutes.votes', { for: item.votes.for, against: item.votes.against, abstain: item.votes.abstain })}
              </p>
            )}
            {set.length > 0 && (
              <table data-testid={`minutes-tasks-${i}`}>
                <thead>
                  <tr>
                    <th style={{ width: '8%' }}>{t('delib.minutes.no')}</th>
                    <th>{t('delib.col.task')}</th>
                    <th style={{ width: '26%' }}>{t('delib.col.owner')}</th>
                    <th style={{ width: '18%' }}>{t('delib.col.deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {set.map((task, j) => (
                    <tr key={task.id}>
                      <td>{j + 1}</td>
                      <td>{task.title}</td>
                      <td>
                        {task.owner.name}（{ownerKindText(task.owner.kind, t)}）
                      </td>
                      <td>{task.deadline}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}

      <div className="delib-signatures">
        <div>{t('delib.minutes.host')}</div>
        <div>{t('delib.minutes.recorder')}</div>
        <div>{t('delib.minutes.date', { day: m.heldOn })}</div>
      </div>
    </div>
  );
}
