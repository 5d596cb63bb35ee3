// Locale-aware formatting for views: amounts from minor units, calendar dates, deadline phrases and
// rates, all following the current UI language and the renderer's clock.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { IsoDate } from '../../../core/dates';
import type { RateTerms } from '../../../core/loans/types';
import type { CurrencyCode } from '../../../core/money';
import { currentTime } from '../clock';
import { daysBetween, dueState, formatDate, formatDayMonth, formatRelativeDays, localToday, type DueState } from '../format/dates';
import { currencySymbol, formatMoney } from '../format/money';
import { formatPoints, formatPpmPercent, formatRateFraction } from '../format/rates';

export interface DueInfo {
  date: string;
  relative: string;
  state: DueState;
}

export function useFormat() {
  const { locale, t } = useI18n();
  const lang = computed(() => String(locale.value));
  const today = (): IsoDate => localToday(currentTime());
  return {
    money: (minor: number, currency: CurrencyCode): string => formatMoney(minor, currency, lang.value),
    symbol: (currency: CurrencyCode): string => currencySymbol(currency, lang.value),
    date: (date: IsoDate): string => formatDate(date, lang.value),
    /** "15 March" (the year only when it is not this year), for sentences. */
    dayMonth: (date: IsoDate): string => formatDayMonth(date, today(), lang.value),
    /** ppm → "4.90%". */
    percent: (ppm: number): string => formatPpmPercent(ppm, lang.value),
    /** An annual fraction → "23.99%". */
    rate: (fraction: number | null): string => formatRateFraction(fraction, lang.value),
    points: (diff: number): string => formatPoints(diff, lang.value),
    /** The contract's rate with its unit: "4.90% a year" / "年利率 4.90%". */
    statedRate: (rate: Pick<RateTerms, 'ppm' | 'unit'>): string =>
      lang.value === 'zh-CN'
        ? `${t(`loanTerms.rateUnitLabel.${rate.unit}`)} ${formatPpmPercent(rate.ppm, lang.value)}`
        : `${formatPpmPercent(rate.ppm, lang.value)} ${t(`loanTerms.rateUnit.${rate.unit}`)}`,
    today,
    relative: (date: IsoDate): string => formatRelativeDays(daysBetween(today(), date), lang.value),
    due(date: IsoDate): DueInfo {
      const days = daysBetween(today(), date);
      return { date: formatDate(date, lang.value), relative: formatRelativeDays(days, lang.value), state: dueState(days) };
    },
    currencyName(currency: CurrencyCode): string {
      return new Intl.DisplayNames(lang.value, { type: 'currency' }).of(currency) ?? currency;
    },
  };
}

export type Formatter = ReturnType<typeof useFormat>;
