import { Segmented } from 'antd-mobile';
import { useI18n } from '../i18n/I18nProvider.js';
import { isLang, LANGS } from '../i18n/translate.js';

export function PhoneLangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented
      aria-label={t('lang.label')}
      data-testid="phone-lang-switch"
      value={lang}
      onChange={(value) => {
        if (isLang(value)) setLang(value);
      }}
      options={LANGS.map((value) => ({ value, label: t(`lang.${value}`) }))}
    />
  );
}
