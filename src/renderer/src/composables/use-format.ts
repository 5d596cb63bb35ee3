// Locale-aware formatting for views: amounts from minor units, calendar dates, and deadline phrases,
// all following the current UI language and the renderer's clock.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { IsoDate } from '../../../core/dates';
import type { CurrencyCode } from '../../../core/money';
import { ppmToPercentString } from '../../../core/rates';
import { currentTime } from '../clock';
import { daysBetween, dueState, formatDate, formatRelativeDays, localToday, type DueState } from '../format/dates';
import { currencySymbol, formatMoney } from '../format/money';

export interface DueInfo {
  date: string;
  relative: string;
  state: DueState;
}

export function useFormat() {
  const { locale } = useI18n();
  const lang = computed(() => String(locale.value));
  return {
    money: (minor: number, currency: CurrencyCode): string => formatMoney(minor, currency, lang.value),
    symbol: (currency: CurrencyCode): string => currencySymbol(currency, lang.value),
    date: (date: IsoDate): string => formatDate(date, lang.value),
    percent: (ppm: number): string =>
      `${new Intl.NumberFormat(lang.value, { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(
        Number(ppmToPercentString(ppm)),
      )}%`,
    today: (): IsoDate => localToday(currentTime()),
    due(date: IsoDate): DueInfo {
      const days = daysBetween(localToday(currentTime()), date);
      return { date: formatDate(date, lang.value), relative: formatRelativeDays(days, lang.value), state: dueState(days) };
    },
    currencyName(currency: CurrencyCode): string {
      return new Intl.DisplayNames(lang.value, { type: 'currency' }).of(currency) ?? currency;
    },
  };
}
