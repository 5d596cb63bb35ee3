// Toasts for outcomes ("Loan added."), mirrored into one polite live region so screen readers hear them
// too (Naive UI's messages carry no aria-live of their own).
import { useMessage } from 'naive-ui';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError } from '../api';

/** The text currently announced by the app's live region (rendered once, in App.vue). */
export const announcement = ref('');

export function announce(text: string): void {
  announcement.value = '';
  queueMicrotask(() => {
    announcement.value = text;
  });
}

/** Maps any thrown value to a translated sentence. */
export function useErrorText(): (error: unknown) => string {
  const i18n = useI18n();
  return (error) => {
    if (isApiError(error)) {
      const key = `errors.${error.code}`;
      if (i18n.te(key)) return i18n.t(key);
    }
    return i18n.t('errors.unknown');
  };
}

export function useNotify() {
  const message = useMessage();
  const errorText = useErrorText();
  return {
    success(text: string): void {
      message.success(text);
      announce(text);
    },
    error(error: unknown): void {
      const text = errorText(error);
      message.error(text, { duration: 6000 });
      announce(text);
    },
    info(text: string): void {
      message.info(text);
      announce(text);
    },
  };
}
