import { Button, ErrorBlock, List, SpinLoading } from 'antd-mobile';
import { POINT_RULE_LABELS, type PointRuleDto } from '#contracts/points.js';
import { usePointRules } from '../../api/points.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { signedPoints } from './pointsLogic.js';

/** A rule that takes points away (报名未到、差评) rather than giving them. */
const deducts = (rule: PointRuleDto) => rule.points < 0 || rule.kind === 'noShow' || rule.kind === 'badRating';

/** 积分规则: how to earn (each rule's points and monthly cap), what deducts, and the changes to come with their dates. */
export function PointRulesList() {
  const { t, label } = useI18n();
  const rules = usePointRules();

  if (rules.isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (rules.isError) {
    return (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
        <Button color="primary" onClick={() => void rules.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  const { current, scheduled } = rules.data;
  if (current.length === 0 && scheduled.length === 0) return <ErrorBlock status="empty" title={t('myPoints.rules.empty')} />;

  const amount = (rule: PointRuleDto) => t('myPoints.points', { points: signedPoints(rule.points) });
  const cap = (rule: PointRuleDto) => (rule.monthlyCap === null ? t('myPoints.rules.noCap') : t('myPoints.rules.cap', { cap: rule.monthlyCap }));
  const earning = current.filter((r) => !deducts(r));
  const deducting = current.filter(deducts);

  return (
    <div data-testid="points-rules">
      {earning.length > 0 && (
        <List mode="card" header={t('myPoints.rules.earn')}>
          {earning.map((r) => (
            <List.Item key={r.kind} description={cap(r)} extra={<span className="pts-plus">{amount(r)}</span>} data-testid={`points-rule-${r.kind}`}>
              {label(POINT_RULE_LABELS[r.kind])}
            </List.Item>
          ))}
        </List>
      )}
      {deducting.length > 0 && (
        <List mode="card" header={t('myPoints.rules.deduct')}>
          {deducting.map((r) => (
            <List.Item key={r.kind} extra={<span className="pts-minus">{amount(r)}</span>} data-testid={`points-rule-${r.kind}`}>
              {label(POINT_RULE_LABELS[r.kind])}
            </List.Item>
          ))}
        </List>
      )}
      {scheduled.length > 0 && (
        <List mode="card" header={t('myPoints.rules.scheduled')} data-testid="points-rules-scheduled">
          {scheduled.map((r) => (
            <List.Item
              key={`${r.kind}-${r.effectiveFrom}`}
              description={
                deducts(r)
                  ? t('myPoints.rules.fromDeduct', { date: r.effectiveFrom ?? '', amount: amount(r) })
                  : t('myPoints.rules.fromEarn', { date: r.effectiveFrom ?? '', amount: amount(r), cap: cap(r) })
              }
            >
              {label(POINT_RULE_LABELS[r.kind])}
            </List.Item>
          ))}
        </List>
      )}
      <div className="pts-note">{t('myPoints.rules.note')}</div>
    </div>
  );
}
