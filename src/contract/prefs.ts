// Preferences that must be readable before unlock (language, theme). They live outside the vault and
// therefore hold no lender, amount or person.
import { z } from 'zod';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemePref = (typeof THEMES)[number];

export interface Prefs {
  /** null until the user picks one: the UI then follows the OS or browser locale. */
  language: Language | null;
  theme: ThemePref;
}

export const prefsSchemas = {
  set: z
    .object({
      language: z.enum(LANGUAGES).nullable(),
      theme: z.enum(THEMES),
    })
    .partial()
    .strict(),
};
