// Resolves the theme preference to Naive UI's theme object; "system" follows prefers-color-scheme live.
import { darkTheme, useOsTheme, type GlobalTheme, type GlobalThemeOverrides } from 'naive-ui';
import { computed, type ComputedRef, type Ref } from 'vue';
import type { ThemePref } from '../../../contract/prefs';
import { darkOverrides, lightOverrides } from './overrides';

export function useAppTheme(pref: Ref<ThemePref>): {
  isDark: ComputedRef<boolean>;
  theme: ComputedRef<GlobalTheme | null>;
  overrides: ComputedRef<GlobalThemeOverrides>;
} {
  const os = useOsTheme();
  const isDark = computed(() => (pref.value === 'system' ? os.value === 'dark' : pref.value === 'dark'));
  return {
    isDark,
    theme: computed(() => (isDark.value ? darkTheme : null)),
    overrides: computed(() => (isDark.value ? darkOverrides : lightOverrides)),
  };
}
