// vue-i18n in composition mode with our two languages. The default message compiler turns messages into
// an AST without eval, so it runs under the strict CSP. The first language comes from prefs, else the
// OS or browser locale.
import { createI18n } from 'vue-i18n';
import type { Language } from '../../../contract/prefs';
import en, { type MessageSchema } from './messages/en';
import zhCN from './messages/zh-CN';

export const messages: Record<Language, MessageSchema> = { 'zh-CN': zhCN, en };

/** Any zh* locale gets 简体中文; everything else English. */
export function languageFromLocales(locales: readonly string[]): Language {
  const first = locales[0] ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The saved choice wins; `null` means "follow the system". */
export function pickLanguage(saved: Language | null, locales: readonly string[]): Language {
  return saved ?? languageFromLocales(locales);
}

export function createAppI18n(language: Language) {
  return createI18n<[MessageSchema], Language, false>({
    legacy: false,
    locale: language,
    fallbackLocale: 'en',
    messages,
    missingWarn: false,
    fallbackWarn: false,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;
