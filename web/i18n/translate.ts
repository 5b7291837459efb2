import type { Lang } from '#contracts/labels.js';
import { en } from './en.js';
import { type Dictionary, type MessageKey, zhCN } from './zh-CN.js';

export type { Dictionary, MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DICTIONARIES: Record<Lang, Dictionary> = { 'zh-CN': zhCN, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing param is noticed. */
export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    fill(DICTIONARIES[lang][key], params);

export const isLang = (value: unknown): value is Lang => value === 'zh-CN' || value === 'en';
