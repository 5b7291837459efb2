import { App } from 'antd';
import type { OrderAction } from '#contracts/orders.js';
import { type ActInput, useOrderAction } from '../../api/orders.js';
import { useApiError } from '../useApiError.js';

/** Runs one step of the flow: a message when done, the server's message when refused. Resolves true on success. */
export function useOrderStep() {
  const { message } = App.useApp();
  const showError = useApiError();
  const act = useOrderAction();
  return {
    /** The step under way, to show its button loading. */
    pending: act.isPending ? (act.variables?.action as OrderAction | undefined) : undefined,
    run: (input: ActInput, done: string): Promise<boolean> =>
      act.mutateAsync(input).then(
        () => {
          void message.success(done);
          return true;
        },
        (error: unknown) => {
          showError(error);
          return false;
        },
      ),
  };
}
