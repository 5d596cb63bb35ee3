// The language the shell's own words (tray, notification buttons) use: the user's choice in prefs when
// made, else the OS locale, so the tray and the app never disagree once a language is picked.
import type { Language } from '../contract/prefs';
import type { Dispatch } from '../backend/dispatch';
import { callApi } from './api-call';

export function languageForLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** prefs.language if set and readable, otherwise the OS locale's language. */
export async function shellLanguage(dispatch: Dispatch, osLocale: () => string): Promise<Language> {
  const prefs = await callApi(dispatch, 'prefs.get', {});
  if (prefs.ok && prefs.value.language) return prefs.value.language;
  return languageForLocale(osLocale());
}
