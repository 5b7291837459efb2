import { Segmented } from 'antd';
import type { Lang } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { LANGS } from '../../i18n/translate.js';

/** 中文 / English, remembered in localStorage. */
export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('lang.label')}
      data-testid="lang-switch"
      value={lang}
      onChange={setLang}
      options={LANGS.map((value) => ({ value, label: t(`lang.${value}`) }))}
    />
  );
}
