// The rules for choosing a new passphrase (minimum length, typed twice), shared by first run and the
// passphrase change so both say the same thing in the same words.
import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { MIN_PASSPHRASE_LENGTH } from '../../../contract/vault';

export interface NewPassphrase {
  passphrase: Ref<string>;
  confirm: Ref<string>;
  /** The message under the passphrase field, '' when fine or before the first submit. */
  passphraseProblem: ComputedRef<string>;
  confirmProblem: ComputedRef<string>;
  hasProblem: ComputedRef<boolean>;
  reset(): void;
}

/** `submitted` turns the messages on: nothing is flagged while the user is still typing. */
export function useNewPassphrase(submitted: Ref<boolean>): NewPassphrase {
  const { t } = useI18n();
  const passphrase = ref('');
  const confirm = ref('');
  const passphraseProblem = computed(() =>
    submitted.value && [...passphrase.value].length < MIN_PASSPHRASE_LENGTH
      ? t('firstRun.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : '',
  );
  const confirmProblem = computed(() =>
    submitted.value && confirm.value !== passphrase.value ? t('firstRun.mismatch') : '',
  );
  const hasProblem = computed(() => passphraseProblem.value !== '' || confirmProblem.value !== '');
  function reset(): void {
    passphrase.value = '';
    confirm.value = '';
  }
  return { passphrase, confirm, passphraseProblem, confirmProblem, hasProblem, reset };
}
