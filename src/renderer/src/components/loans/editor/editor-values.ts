// The loan editor's values as typed text, one shape for every repayment method (fields a method does not
// use are kept, so switching back and forth loses nothing), and the way back from a stored loan.
import { JURISDICTIONS, type Jurisdiction, type LenderType } from '../../../../../core/cost/legal-types';
import {
  DEFAULT_ALLOCATION_ORDER,
  type AllocationComponent,
  type FeeKind,
  type FeeLabel,
  type Frequency,
  type RateUnit,
  type RepaymentMethod,
} from '../../../../../core/loans/types';
import type { CurrencyCode } from '../../../../../core/money';
import {
  CLAUSES,
  PERMISSIONS,
  type AppPermission,
  type ClauseKey,
  type Loan,
  type PrivacyTodo,
} from '../../../../../contract/loans';
import { minorToText, ppmToMultiplierText, ppmToPercentText } from './editor-parse';

export type Tristate = 'yes' | 'no' | 'unknown';
export type PenaltyRateType = 'none' | 'multiplier' | 'daily';
export type LateFeeType = 'none' | 'fixed' | 'percent-of-installment';
export type FeeAmountType = 'fixed' | 'percent-of-principal';

export interface FeeRowValues {
  /** Stable key for the list (rows can be removed from the middle). */
  key: number;
  kind: FeeKind;
  label: FeeLabel;
  amountType: FeeAmountType;
  amount: string;
  dueDate: string | null;
}

export interface CustomRowValues {
  key: number;
  dueDate: string | null;
  principal: string;
  interest: string;
  fees: string;
}

export interface LoanEditorValues {
  name: string;
  lender: string;
  lenderType: LenderType;
  jurisdiction: Jurisdiction;
  currency: CurrencyCode;
  militaryBorrower: boolean;

  method: RepaymentMethod;
  /** For a credit card: the statement balance. For a custom schedule: derived from the rows. */
  principal: string;
  /** Disbursement date; for a credit card, the statement date. */
  startDate: string | null;

  rate: string;
  rateUnit: RateUnit;
  accrual: 'periodic' | 'daily';
  dayCountBasis: 360 | 365;
  termPeriods: string;
  frequency: Frequency;
  /** Empty: the start date's day. */
  dueDay: string;
  firstDueDate: string | null;

  /** Card installment fee per period, percent of the principal. */
  installmentFee: string;

  statementDay: string;
  cardDueDay: string;
  minPaymentPercent: string;
  minPaymentFloor: string;

  customRows: CustomRowValues[];
  fees: FeeRowValues[];

  penaltyType: PenaltyRateType;
  /** A multiple ("1.5") or a daily percent ("0.05"), by penaltyType. */
  penaltyValue: string;
  penaltyBase: 'overdue-principal' | 'overdue-amount';
  lateFeeType: LateFeeType;
  lateFeeValue: string;
  graceDays: string;

  allocationOrder: AllocationComponent[];

  clauses: Record<ClauseKey, string>;
  permissions: Record<AppPermission, Tristate>;
  /** Privacy to-dos already ticked on the loan page; carried through an edit unchanged. */
  done: PrivacyTodo[];
}

let nextKey = 1;
/** A fresh key for a new fee or custom row. */
export function rowKey(): number {
  nextKey += 1;
  return nextKey;
}

export function emptyFee(): FeeRowValues {
  return { key: rowKey(), kind: 'upfront-deducted', label: 'service', amountType: 'fixed', amount: '', dueDate: null };
}

export function emptyCustomRow(dueDate: string | null = null): CustomRowValues {
  return { key: rowKey(), dueDate, principal: '', interest: '', fees: '' };
}

function emptyClauses(): Record<ClauseKey, string> {
  return Object.fromEntries(CLAUSES.map((clause) => [clause, ''])) as Record<ClauseKey, string>;
}

function unknownPermissions(): Record<AppPermission, Tristate> {
  return Object.fromEntries(PERMISSIONS.map((permission) => [permission, 'unknown'])) as Record<AppPermission, Tristate>;
}

/** A new loan: CNY, China, a bank, monthly equal installments, no fees or penalty yet. */
export function emptyEditor(today: string): LoanEditorValues {
  return {
    name: '',
    lender: '',
    lenderType: 'bank',
    jurisdiction: 'CN',
    currency: 'CNY',
    militaryBorrower: false,
    method: 'annuity',
    principal: '',
    startDate: today,
    rate: '',
    rateUnit: 'year',
    accrual: 'periodic',
    dayCountBasis: 365,
    termPeriods: '',
    frequency: 'monthly',
    dueDay: '',
    firstDueDate: null,
    installmentFee: '',
    statementDay: '',
    cardDueDay: '',
    minPaymentPercent: '10',
    minPaymentFloor: '',
    customRows: [emptyCustomRow(), emptyCustomRow(), emptyCustomRow()],
    fees: [],
    penaltyType: 'none',
    penaltyValue: '',
    penaltyBase: 'overdue-principal',
    lateFeeType: 'none',
    lateFeeValue: '',
    graceDays: '0',
    allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    clauses: emptyClauses(),
    permissions: unknownPermissions(),
    done: [],
  };
}

/** The editor filled from a stored loan, as the user would have typed it. */
export function loanToEditor(loan: Loan, today: string): LoanEditorValues {
  const base = emptyEditor(today);
  const { terms, currency } = loan;
  const money = (minor: number): string => minorToText(minor, currency);
  const penalty = terms.penalty.rate;
  const lateFee = terms.penalty.lateFee;
  return {
    ...base,
    name: loan.name,
    lender: loan.lender,
    lenderType: loan.lenderType,
    jurisdiction: (JURISDICTIONS as readonly string[]).includes(loan.jurisdiction) ? loan.jurisdiction : 'CN',
    currency,
    militaryBorrower: loan.militaryBorrower,
    method: terms.method,
    principal: money(terms.principal),
    startDate: terms.startDate,
    rate: terms.rate.ppm === 0 && terms.method === 'card-installment' ? '' : ppmToPercentText(terms.rate.ppm),
    rateUnit: terms.rate.unit,
    accrual: terms.rate.accrual,
    dayCountBasis: terms.rate.dayCountBasis,
    termPeriods: String(terms.termPeriods),
    frequency: terms.frequency,
    dueDay: terms.dueDay === undefined ? '' : String(terms.dueDay),
    firstDueDate: terms.firstDueDate ?? null,
    installmentFee: terms.installmentFeePpm === undefined ? '' : ppmToPercentText(terms.installmentFeePpm),
    statementDay: terms.revolving ? String(terms.revolving.statementDay) : '',
    cardDueDay: terms.revolving ? String(terms.revolving.dueDay) : '',
    minPaymentPercent: terms.revolving ? ppmToPercentText(terms.revolving.minPaymentPpm) : base.minPaymentPercent,
    minPaymentFloor: terms.revolving ? money(terms.revolving.minPaymentFloor) : '',
    customRows: terms.customSchedule
      ? terms.customSchedule.map((row) => ({
          key: rowKey(),
          dueDate: row.dueDate,
          principal: money(row.principal),
          interest: money(row.interest),
          fees: money(row.fees),
        }))
      : base.customRows,
    fees: terms.fees.map((fee) => ({
      key: rowKey(),
      kind: fee.kind,
      label: fee.label,
      amountType: fee.amount.type,
      amount: fee.amount.type === 'fixed' ? money(fee.amount.minor) : ppmToPercentText(fee.amount.ppm),
      dueDate: fee.dueDate ?? null,
    })),
    penaltyType: penalty.type,
    penaltyValue:
      penalty.type === 'multiplier' ? ppmToMultiplierText(penalty.ppm) : penalty.type === 'daily' ? ppmToPercentText(penalty.ppm) : '',
    penaltyBase: terms.penalty.base,
    lateFeeType: lateFee.type,
    lateFeeValue: lateFee.type === 'fixed' ? money(lateFee.minor) : lateFee.type === 'percent-of-installment' ? ppmToPercentText(lateFee.ppm) : '',
    graceDays: String(terms.penalty.graceDays),
    allocationOrder: [...terms.allocationOrder],
    clauses: { ...base.clauses, ...loan.paper.clauses },
    permissions: {
      ...base.permissions,
      ...Object.fromEntries(
        Object.entries(loan.paper.permissions).map(([permission, given]) => [permission, given ? 'yes' : 'no']),
      ),
    },
    done: [...loan.paper.done],
  };
}
