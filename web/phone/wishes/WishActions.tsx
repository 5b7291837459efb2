import { Button, Dialog, NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { WishDto } from '#contracts/wishes.js';
import { errorText } from '../../api/errorText.js';
import { useClaimWish, useFulfilWish, useThankWish } from '../../api/wishes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { type WishStep, WishPopup } from './WishPopup.js';

/** Who is looking: a household thanks; a member (or unit) claims, and fulfils what it claimed. */
export type WishViewer = 'household' | 'claimer' | 'claimed';

/** The buttons the wish's state allows for the viewer; a refusal shows on the card. */
export function WishActions({ wish, viewer }: { wish: WishDto; viewer: WishViewer }) {
  const { t, lang } = useI18n();
  const claim = useClaimWish();
  const fulfil = useFulfilWish();
  const thank = useThankWish();
  const [open, setOpen] = useState<WishStep | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const claimable = viewer === 'claimer' && wish.status === 'open';
  const fulfillable = viewer === 'claimed' && wish.status === 'claimed';
  const thankable = viewer === 'household' && wish.status === 'fulfilled';
  if (!claimable && !fulfillable && !thankable) return null;

  const fail = (error: unknown) => {
    const text = errorText(error, lang, t);
    setFailure(text);
    return text;
  };

  const doClaim = async () => {
    const ok = await Dialog.confirm({
      content: t('wishes.claim.confirm', { title: wish.title }),
      confirmText: t('wishes.claim'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    setFailure(null);
    await claim.mutateAsync(wish.id).then(() => void Toast.show({ icon: 'success', content: t('wishes.claim.done') }), fail);
  };

  const submit = (values: { text: string; photos: number[] }): Promise<string | null> => {
    const sent = open === 'fulfil' ? fulfil.mutateAsync({ id: wish.id, ...values }) : thank.mutateAsync({ id: wish.id, text: values.text });
    return sent.then(
      () => {
        Toast.show({ icon: 'success', content: open === 'fulfil' ? t('wishes.fulfil.done') : t('wishes.thank.done') });
        setFailure(null);
        setOpen(null);
        return null;
      },
      (error: unknown) => errorText(error, lang, t),
    );
  };

  return (
    <div className="wish-actions">
      {failure && <NoticeBar data-testid={`wish-error-${wish.id}`} color="error" wrap content={failure} />}
      {claimable && (
        <Button block color="primary" loading={claim.isPending} onClick={() => void doClaim()} data-testid={`wish-claim-${wish.id}`}>
          {t('wishes.claim')}
        </Button>
      )}
      {fulfillable && (
        <Button block color="primary" onClick={() => setOpen('fulfil')} data-testid={`wish-fulfil-${wish.id}`}>
          {t('wishes.fulfil')}
        </Button>
      )}
      {thankable && (
        <Button block color="primary" onClick={() => setOpen('thank')} data-testid={`wish-thank-${wish.id}`}>
          {t('wishes.thank')}
        </Button>
      )}
      {open && <WishPopup step={open} pending={fulfil.isPending || thank.isPending} onClose={() => setOpen(null)} onSubmit={submit} />}
    </div>
  );
}
