import { useT } from '../i18n/I18nProvider.js';

/** Shown while a route's code loads; plain HTML so it needs neither antd nor antd-mobile. */
export function BootSpinner() {
  const t = useT();
  return (
    <div className="boot-spinner" role="status" aria-live="polite">
      {t('common.loading')}
    </div>
  );
}
