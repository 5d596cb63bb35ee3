// Which fields each repayment method asks for. The editor shows only these, and the mapping to terms
// reads only these, so a value typed for another method never leaks into the saved loan.
import type { RateUnit, RepaymentMethod } from '../../../../../core/loans/types';

export interface MethodFields {
  /** The amount field (a credit card calls it the statement balance; a custom schedule derives it). */
  principal: boolean;
  /** The contract rate; `rateOptional` lets it stay empty (0), e.g. a custom schedule's stated rate. */
  rate: boolean;
  rateOptional: boolean;
  rateUnits: readonly RateUnit[];
  accrual: boolean;
  term: boolean;
  frequency: boolean;
  dueDay: boolean;
  firstDueDate: boolean;
  installmentFee: boolean;
  revolving: boolean;
  customRows: boolean;
}

const ALL_UNITS: readonly RateUnit[] = ['year', 'month', 'day'];

const periodic: MethodFields = {
  principal: true,
  rate: true,
  rateOptional: false,
  rateUnits: ALL_UNITS,
  accrual: true,
  term: true,
  frequency: true,
  dueDay: true,
  firstDueDate: true,
  installmentFee: false,
  revolving: false,
  customRows: false,
};

export const METHOD_FIELDS: Record<RepaymentMethod, MethodFields> = {
  annuity: periodic,
  'equal-principal': periodic,
  'interest-only': periodic,
  /** One installment, termPeriods periods after the start (core/loans/due-dates.ts). */
  bullet: periodic,
  'card-installment': {
    ...periodic,
    rate: false,
    accrual: false,
    frequency: false,
    installmentFee: true,
  },
  revolving: {
    ...periodic,
    rateUnits: ['day'],
    accrual: false,
    term: false,
    frequency: false,
    dueDay: false,
    firstDueDate: false,
    revolving: true,
  },
  custom: {
    ...periodic,
    principal: false,
    rateOptional: true,
    accrual: false,
    term: false,
    frequency: false,
    dueDay: false,
    firstDueDate: false,
    customRows: true,
  },
};
