import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { WishDto } from '#contracts/wishes.js';
import { useClaimWish } from '../../api/wishes.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useT } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { useApiError } from '../useApiError.js';
import { FulfilModal } from './FulfilModal.js';
import { ThankModal } from './ThankModal.js';

/** 认领 for units, 实现 for the unit that claimed it, 致谢 for the community; only what the wish's state allows. */
export function WishActions({ wish, mine }: { wish: WishDto; mine: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const { role } = useCurrentSession().account;
  const claim = useClaimWish();
  const showError = useApiError();
  const [open, setOpen] = useState<'fulfil' | 'thank' | null>(null);

  const claimable = can.claimWishes(role) && wish.status === 'open';
  const fulfillable = can.claimWishes(role) && wish.status === 'claimed' && mine;
  // Grid workers and admins thank for the household.
  const thankable = can.submitOrders(role) && wish.status === 'fulfilled';
  if (!claimable && !fulfillable && !thankable) return <span>—</span>;

  return (
    <Space size={4} wrap>
      {claimable && (
        <Popconfirm
          title={t('wishes.claim.confirm', { title: wish.title })}
          okText={t('wishes.claim')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            claim.mutateAsync(wish.id).then(
              () => void message.success(t('wishes.claim.done')),
              (error: unknown) => void showError(error),
            )
          }
        >
          <Button type="primary" size="small" loading={claim.isPending} data-testid={`wish-claim-${wish.id}`}>
            {t('wishes.claim')}
          </Button>
        </Popconfirm>
      )}
      {fulfillable && (
        <Button type="primary" size="small" onClick={() => setOpen('fulfil')} data-testid={`wish-fulfil-${wish.id}`}>
          {t('wishes.fulfil')}
        </Button>
      )}
      {thankable && (
        <Button size="small" onClick={() => setOpen('thank')} data-testid={`wish-thank-${wish.id}`}>
          {t('wishes.thank')}
        </Button>
      )}
      {open === 'fulfil' && <FulfilModal wish={wish} onClose={() => setOpen(null)} />}
      {open === 'thank' && <ThankModal wish={wish} onClose={() => setOpen(null)} />}
    </Space>
  );
}
