// 分期 (card installment plan): the principal split evenly, plus a fee of the ORIGINAL principal × the fee
// rate every period (so the fee never falls as the balance does — which is why its true rate is about
// twice the fee rate × 12). Interest is 0 unless the plan also states a rate.
import Decimal from 'decimal.js';
import { roundMinor } from '../../money';
import { ppmToFraction } from '../../rates';
import { dueDates } from '../due-dates';
import type { CustomRow, LoanTerms } from '../types';
import { equalPart, equalPrincipalRows } from './equal-principal';

/** The fee per period: original principal × installmentFeePpm, rounded half-up (12 000 × 0.6 % = 72). */
export function cardInstallmentFee(terms: LoanTerms): number {
  return roundMinor(new Decimal(terms.principal).times(ppmToFraction(terms.installmentFeePpm ?? 0)));
}

/**
 * The principal part is principal ÷ n rounded half-up, the last period taking what remains (as 等额本金);
 * interest, if any, is on the falling balance.
 */
export function cardInstallmentSchedule(terms: LoanTerms): CustomRow[] {
  const dates = dueDates(terms);
  const fee = cardInstallmentFee(terms);
  const segment = { balance: terms.principal, dates, from: terms.startDate };
  return equalPrincipalRows(terms, segment, equalPart(terms.principal, dates.length), false).map((row) => ({
    ...row,
    fees: fee,
  }));
}
