import { Alert, Button, Flex } from 'antd';
import { useAssignments } from '../../api/balance.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** For a unit secretary: communities the org department asked the unit to register at (精准报到). */
export function AssignmentsNotice({ onPick }: { onPick?: (placeId: number) => void }) {
  const { t } = useI18n();
  const secretary = useCurrentSession().account.role === 'unitSecretary';
  const assignments = useAssignments(secretary);
  const items = assignments.data ?? [];
  if (!secretary || items.length === 0) return null;

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="assignments-notice"
      title={t('balance.notice.title')}
      description={
        <Flex vertical gap={6}>
          {items.map((a) => (
            <Flex key={a.id} gap={8} align="center" justify="space-between" wrap data-testid={`assignment-${a.id}`}>
              <span>
                {a.reason ? t('balance.notice.itemReason', { place: a.place.name, reason: a.reason }) : t('balance.notice.item', { place: a.place.name })}
              </span>
              {onPick && (
                <Button size="small" type="primary" onClick={() => onPick(a.place.id)} data-testid={`assignment-pick-${a.place.id}`}>
                  {t('balance.notice.pick')}
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
