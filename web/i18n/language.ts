import type { Lang } from '#contracts/labels.js';
import { isLang } from './translate.js';

const KEY = 'sishuang.lang';

function readStored(): Lang {
  try {
    const stored = localStorage.getItem(KEY);
    return isLang(stored) ? stored : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let current: Lang = readStored();
const listeners = new Set<() => void>();

/** The chosen language, outside React too: the API client sends it as Accept-Language. */
export const currentLang = (): Lang => current;

export function setLang(lang: Lang) {
  current = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

export function subscribeLang(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
