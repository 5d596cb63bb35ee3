// Language and theme, readable before unlock. The saved choice lives outside the vault (it names no
// person or amount); `null` language means "follow the OS or browser locale".
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Language, ThemePref } from '../../../contract/prefs';
import { invoke } from '../api';
import { pickLanguage } from '../i18n';

export const usePrefsStore = defineStore('prefs', () => {
  const language = ref<Language | null>(null);
  const theme = ref<ThemePref>('system');
  const systemLocales = ref<readonly string[]>([]);

  const effectiveLanguage = computed<Language>(() => pickLanguage(language.value, systemLocales.value));

  /** Loads the saved prefs; `locales` is navigator.languages, used while no language is saved. */
  async function load(locales: readonly string[]): Promise<void> {
    systemLocales.value = locales;
    const prefs = await invoke('prefs.get', {});
    language.value = prefs.language;
    theme.value = prefs.theme;
  }

  /** Switches language at once and saves the choice. */
  async function setLanguage(next: Language | null): Promise<void> {
    language.value = next;
    const saved = await invoke('prefs.set', { language: next });
    language.value = saved.language;
  }

  /** Switches theme at once and saves the choice. */
  async function setTheme(next: ThemePref): Promise<void> {
    theme.value = next;
    const saved = await invoke('prefs.set', { theme: next });
    theme.value = saved.theme;
  }

  return { language, theme, systemLocales, effectiveLanguage, load, setLanguage, setTheme };
});
