import { useCallback } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { isFigureKey } from './dashboardLogic.js';

/** A figure's name in the chosen language; a key the web does not know yet shows as sent. */
export function useFigureLabel() {
  const { t } = useI18n();
  return useCallback((key: string) => (isFigureKey(key) ? t(`dashboard.figure.${key}`) : key), [t]);
}
