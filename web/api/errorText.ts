import type { Lang } from '#contracts/labels.js';
import type { Translate } from '../i18n/translate.js';
import { ApiError, NETWORK_ERROR } from './client.js';

/** What to show for a failed call: the server's message in the chosen language. */
export function errorText(error: unknown, lang: Lang, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  if (error.code === NETWORK_ERROR) return t('error.network');
  return error.messageIn(lang);
}
