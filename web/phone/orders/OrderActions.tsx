import { Button, type ButtonProps, Dialog, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { OrderAction, OrderDto } from '#contracts/orders.js';
import { errorText } from '../../api/errorText.js';
import { type ActInput, useOrderAction } from '../../api/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { ActionPopup, type FormAction, type PopupValues } from './ActionPopup.js';

/** The phone's buttons, in this order; 派单 and 抢单池 are the console's. */
const BUTTONS: { action: Exclude<OrderAction, 'dispatch' | 'pool' | 'claim'>; text: MessageKey; props: ButtonProps }[] = [
  { action: 'accept', text: 'orders.phone.accept', props: { color: 'primary' } },
  { action: 'finish', text: 'orders.phone.finish', props: { color: 'primary' } },
  { action: 'rate', text: 'orders.phone.rate', props: { color: 'primary' } },
  { action: 'note', text: 'orders.phone.note', props: { color: 'primary', fill: 'outline' } },
  { action: 'decline', text: 'orders.phone.decline', props: { color: 'danger', fill: 'outline' } },
  { action: 'reopen', text: 'orders.phone.reopen', props: { color: 'warning', fill: 'outline' } },
  { action: 'cancel', text: 'orders.phone.cancel', props: { color: 'danger', fill: 'none' } },
];

/** What each form's values become in the request. */
function inputOf(id: number, action: FormAction, v: PopupValues): ActInput {
  switch (action) {
    case 'decline':
    case 'reopen':
    case 'cancel':
      return { id, action, body: { reason: v.text } };
    case 'note':
    case 'finish':
      return { id, action, body: { text: v.text, photos: v.photos } };
    case 'rate':
      return { id, action, body: { score: v.score, comment: v.text } };
  }
}

/** Exactly the buttons the server allows now; after each step the order reloads. Errors go to `onFailure`. */
export function OrderActions({ order, onFailure }: { order: OrderDto; onFailure: (text: string | null) => void }) {
  const { t, lang } = useI18n();
  const act = useOrderAction();
  const [open, setOpen] = useState<FormAction | null>(null);
  const buttons = BUTTONS.filter((b) => order.actions.includes(b.action));
  if (buttons.length === 0) return null;

  /** Resolves to the error text, or null when done. */
  const run = (input: ActInput): Promise<string | null> =>
    act.mutateAsync(input).then(
      () => {
        onFailure(null);
        Toast.show({ icon: 'success', content: input.action === 'accept' ? t('orders.phone.accept.done') : t('orders.phone.done') });
        return null;
      },
      (error: unknown) => {
        const text = errorText(error, lang, t);
        onFailure(text);
        return text;
      },
    );

  const accept = async () => {
    const ok = await Dialog.confirm({ content: t('orders.phone.accept.confirm'), confirmText: t('orders.phone.accept'), cancelText: t('common.cancel') });
    if (ok) await run({ id: order.id, action: 'accept', body: undefined });
  };

  return (
    <div className="order-actions" data-testid="order-actions">
      {buttons.map((b) => (
        <Button
          key={b.action}
          block
          size="large"
          {...b.props}
          loading={act.isPending && act.variables?.action === b.action}
          onClick={() => (b.action === 'accept' ? void accept() : setOpen(b.action))}
          data-testid={`order-${b.action}`}
        >
          {t(b.text)}
        </Button>
      ))}
      {open && (
        <ActionPopup
          action={open}
          pending={act.isPending}
          onClose={() => setOpen(null)}
          onSubmit={(values) =>
            run(inputOf(order.id, open, values)).then((failure) => {
              if (!failure) setOpen(null);
              return failure;
            })
          }
        />
      )}
    </div>
  );
}
