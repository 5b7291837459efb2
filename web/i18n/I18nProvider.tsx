import { createContext, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';
import { type Label, type Lang, PLACE_KIND_LABELS, type PlaceKind, ROLE_LABELS, type Role } from '#contracts/labels.js';
import { currentLang, setLang, subscribeLang } from './language.js';
import { type Translate, translator } from './translate.js';

type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  roleLabel: (role: Role) => string;
  kindLabel: (kind: PlaceKind) => string;
  /** A domain label from contracts/labels.ts in the chosen language: `label(GENDER_LABELS[g])`. */
  label: (label: Label) => string;
};

const I18nContext = createContext<I18n>({
  lang: 'zh-CN',
  setLang,
  t: translator('zh-CN'),
  roleLabel: (role) => ROLE_LABELS[role]['zh-CN'],
  kindLabel: (kind) => PLACE_KIND_LABELS[kind]['zh-CN'],
  label: (label) => label['zh-CN'],
});

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useSyncExternalStore(subscribeLang, currentLang);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: translator(lang),
      roleLabel: (role) => ROLE_LABELS[role][lang],
      kindLabel: (kind) => PLACE_KIND_LABELS[kind][lang],
      label: (label) => label[lang],
    }),
    [lang],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export const useI18n = () => useContext(I18nContext);
export const useT = () => useContext(I18nContext).t;
