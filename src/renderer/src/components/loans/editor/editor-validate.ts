// From the editor's typed values to the contract's LoanInput: each method's fields mapped to LoanTerms,
// every problem named under its field. `terms` alone is enough for the live preview, so the schedule
// shows while the name is still empty.
import { MAX_RATE_PPM, MAX_TERM_PERIODS } from '../../../../../contract/loan-terms';
import { loanInputSchema, type AppPermission, type LoanInput, type LoanPaper } from '../../../../../contract/loans';
import { isIsoDate } from '../../../../../core/dates';
import type { CustomRow, FeeTerms, LateFee, LoanTerms, PenaltyRate, RateTerms } from '../../../../../core/loans/types';
import type { CurrencyCode } from '../../../../../core/money';
import { METHOD_FIELDS } from './editor-fields';
import { parseMoney, parseMultiplierPpm, parsePercentPpm, parseWhole } from './editor-parse';
import { problemsFromIssues, type EditorProblems } from './editor-problems';
import type { CustomRowValues, FeeRowValues, LoanEditorValues } from './editor-values';

export const NAME_MAX = 120;
export const GRACE_MAX = 90;
const HUNDRED_PERCENT = 1_000_000;
const MULTIPLIER_MAX = 10_000_000;
const PENALTY_DAILY_MAX = 100_000;

/** Collects problems while reading fields; each reader returns null when its field is unusable. */
class Reader {
  readonly problems: EditorProblems = {};
  constructor(private readonly currency: CurrencyCode) {}

  text(field: string, value: string): string | null {
    const trimmed = value.trim();
    if (trimmed === '') return this.fail(field, 'required');
    if (trimmed.length > NAME_MAX) return this.fail(field, 'tooLong', { max: NAME_MAX });
    return trimmed;
  }

  money(field: string, value: string, options: { positive: boolean }): number | null {
    if (value.trim() === '') return this.fail(field, 'required');
    const minor = parseMoney(value, this.currency);
    if (minor === null) return this.fail(field, 'amount');
    if (options.positive && minor <= 0) return this.fail(field, 'amountZero');
    return minor;
  }

  percent(field: string, value: string, maxPpm: number): number | null {
    if (value.trim() === '') return this.fail(field, 'required');
    return parsePercentPpm(value, maxPpm) ?? this.fail(field, 'percent', { max: maxPpm / 10_000 });
  }

  whole(field: string, value: string, min: number, max: number, key: 'term' | 'dayOfMonth' | 'graceDays'): number | null {
    if (value.trim() === '') return this.fail(field, 'required');
    return parseWhole(value, min, max) ?? this.fail(field, key, { min, max });
  }

  date(field: string, value: string | null): string | null {
    return value && isIsoDate(value) ? value : this.fail(field, 'date');
  }

  fail(field: string, key: EditorProblems[string]['key'], params?: Record<string, number>): null {
    if (!this.problems[field]) this.problems[field] = params ? { key, params } : { key };
    return null;
  }
}

function readRate(r: Reader, v: LoanEditorValues): RateTerms | null {
  const fields = METHOD_FIELDS[v.method];
  const unit = fields.rateUnits.includes(v.rateUnit) ? v.rateUnit : (fields.rateUnits[0] ?? 'year');
  const accrual = v.method === 'revolving' ? 'daily' : fields.accrual ? v.accrual : 'periodic';
  if (!fields.rate) return { ppm: 0, unit: 'month', accrual: 'periodic', dayCountBasis: v.dayCountBasis };
  if (fields.rateOptional && v.rate.trim() === '') return { ppm: 0, unit, accrual, dayCountBasis: v.dayCountBasis };
  if (v.rate.trim() === '') return r.fail('rate', 'required');
  const ppm = parsePercentPpm(v.rate, MAX_RATE_PPM[unit]);
  if (ppm === null) return r.fail('rate', 'rate', { max: MAX_RATE_PPM[unit] / 10_000 });
  return { ppm, unit, accrual, dayCountBasis: v.dayCountBasis };
}

function readFee(r: Reader, fee: FeeRowValues, index: number): FeeTerms | null {
  const field = `fees.${index}.amount`;
  const amount =
    fee.amountType === 'fixed'
      ? r.money(field, fee.amount, { positive: true })
      : r.percent(field, fee.amount, HUNDRED_PERCENT);
  const dueDate = fee.kind === 'one-off' ? r.date(`fees.${index}.dueDate`, fee.dueDate) : undefined;
  if (amount === null || dueDate === null) return null;
  return {
    kind: fee.kind,
    label: fee.label,
    amount: fee.amountType === 'fixed' ? { type: 'fixed', minor: amount } : { type: 'percent-of-principal', ppm: amount },
    ...(dueDate === undefined ? {} : { dueDate }),
  };
}

function readCustomRows(r: Reader, rows: CustomRowValues[], startDate: string | null): CustomRow[] | null {
  if (rows.length === 0) return r.fail('customRows', 'customEmpty');
  const read: (CustomRow | null)[] = rows.map((row, i) => {
    const at = (name: string): string => `customRows.${i}.${name}`;
    const dueDate = r.date(at('dueDate'), row.dueDate);
    const money = (name: 'principal' | 'interest' | 'fees'): number | null =>
      row[name].trim() === '' ? 0 : r.money(at(name), row[name], { positive: false });
    const principal = money('principal');
    const interest = money('interest');
    const fees = money('fees');
    if (dueDate !== null && startDate !== null && dueDate <= startDate) r.fail(at('dueDate'), 'rowAfterStart');
    const previous = rows[i - 1]?.dueDate;
    if (dueDate !== null && previous && isIsoDate(previous) && dueDate <= previous) r.fail(at('dueDate'), 'rowOrder');
    if (dueDate === null || principal === null || interest === null || fees === null) return null;
    return { dueDate, principal, interest, fees };
  });
  if (read.some((row) => row === null)) return null;
  const complete = read.filter((row): row is CustomRow => row !== null);
  if (complete.reduce((sum, row) => sum + row.principal, 0) <= 0) return r.fail('customRows.0.principal', 'amountZero');
  return complete;
}

function readPenalty(r: Reader, v: LoanEditorValues): { rate: PenaltyRate; lateFee: LateFee; graceDays: number } | null {
  let rate: PenaltyRate | null = { type: 'none' };
  if (v.penaltyType === 'multiplier') {
    if (v.penaltyValue.trim() === '') rate = r.fail('penaltyValue', 'required');
    else {
      const ppm = parseMultiplierPpm(v.penaltyValue, MULTIPLIER_MAX);
      rate = ppm === null ? r.fail('penaltyValue', 'multiplier', { max: MULTIPLIER_MAX / 1_000_000 }) : { type: 'multiplier', ppm };
    }
  } else if (v.penaltyType === 'daily') {
    const ppm = r.percent('penaltyValue', v.penaltyValue, PENALTY_DAILY_MAX);
    rate = ppm === null ? null : { type: 'daily', ppm };
  }
  let lateFee: LateFee | null = { type: 'none' };
  if (v.lateFeeType === 'fixed') {
    const minor = r.money('lateFeeValue', v.lateFeeValue, { positive: true });
    lateFee = minor === null ? null : { type: 'fixed', minor };
  } else if (v.lateFeeType === 'percent-of-installment') {
    const ppm = r.percent('lateFeeValue', v.lateFeeValue, HUNDRED_PERCENT);
    lateFee = ppm === null ? null : { type: 'percent-of-installment', ppm };
  }
  const graceDays = v.graceDays.trim() === '' ? 0 : r.whole('graceDays', v.graceDays, 0, GRACE_MAX, 'graceDays');
  return rate === null || lateFee === null || graceDays === null ? null : { rate, lateFee, graceDays };
}

/** The loan's terms as the contract types them, or null with problems under the fields. */
export function buildTerms(v: LoanEditorValues): { terms: LoanTerms | null; problems: EditorProblems } {
  const r = new Reader(v.currency);
  const f = METHOD_FIELDS[v.method];
  const startDate = r.date('startDate', v.startDate);
  const rate = readRate(r, v);
  const customSchedule = f.customRows ? readCustomRows(r, v.customRows, startDate) : undefined;
  const principal = f.principal
    ? r.money('principal', v.principal, { positive: true })
    : (customSchedule?.reduce((sum, row) => sum + row.principal, 0) ?? null);
  const termPeriods = f.term
    ? r.whole('termPeriods', v.termPeriods, 1, MAX_TERM_PERIODS, 'term')
    : f.customRows
      ? v.customRows.length
      : 1;
  const frequency = f.frequency ? v.frequency : 'monthly';
  const dueDay = f.dueDay && frequency === 'monthly' && v.dueDay.trim() !== '' ? r.whole('dueDay', v.dueDay, 1, 31, 'dayOfMonth') : undefined;
  const firstDueDate = f.firstDueDate && v.firstDueDate ? r.date('firstDueDate', v.firstDueDate) : undefined;
  if (firstDueDate && startDate && firstDueDate <= startDate) r.fail('firstDueDate', 'firstDueAfterStart');
  const installmentFeePpm = f.installmentFee ? r.percent('installmentFee', v.installmentFee, HUNDRED_PERCENT) : undefined;
  const revolving = f.revolving
    ? {
        statementDay: r.whole('statementDay', v.statementDay, 1, 31, 'dayOfMonth'),
        dueDay: r.whole('cardDueDay', v.cardDueDay, 1, 31, 'dayOfMonth'),
        minPaymentPpm: r.percent('minPaymentPercent', v.minPaymentPercent, HUNDRED_PERCENT),
        minPaymentFloor: v.minPaymentFloor.trim() === '' ? 0 : r.money('minPaymentFloor', v.minPaymentFloor, { positive: false }),
      }
    : undefined;
  const fees = v.fees.map((fee, i) => readFee(r, fee, i));
  const penalty = readPenalty(r, v);

  if (Object.keys(r.problems).length > 0) return { terms: null, problems: r.problems };
  if (startDate === null || rate === null || principal === null || termPeriods === null || penalty === null) {
    return { terms: null, problems: r.problems };
  }
  const terms: LoanTerms = {
    method: v.method,
    principal,
    startDate,
    termPeriods,
    frequency,
    rate,
    fees: fees.filter((fee): fee is FeeTerms => fee !== null),
    penalty: { ...penalty, base: v.penaltyBase },
    allocationOrder: [...v.allocationOrder],
  };
  if (typeof dueDay === 'number') terms.dueDay = dueDay;
  if (typeof firstDueDate === 'string') terms.firstDueDate = firstDueDate;
  if (typeof installmentFeePpm === 'number') terms.installmentFeePpm = installmentFeePpm;
  if (customSchedule) terms.customSchedule = customSchedule;
  if (revolving) {
    const { statementDay, dueDay: cardDueDay, minPaymentPpm, minPaymentFloor } = revolving;
    if (statementDay === null || cardDueDay === null || minPaymentPpm === null || minPaymentFloor === null) {
      return { terms: null, problems: r.problems };
    }
    terms.revolving = { statementDay, dueDay: cardDueDay, minPaymentPpm, minPaymentFloor };
  }
  return { terms, problems: {} };
}

function paperOf(v: LoanEditorValues): LoanPaper {
  const clauses = Object.fromEntries(
    Object.entries(v.clauses)
      .map(([clause, text]) => [clause, text.trim()] as const)
      .filter(([, text]) => text !== ''),
  );
  const permissions: Partial<Record<AppPermission, boolean>> = {};
  for (const [permission, state] of Object.entries(v.permissions) as [AppPermission, string][]) {
    if (state !== 'unknown') permissions[permission] = state === 'yes';
  }
  return { clauses, permissions, done: [...v.done] };
}

/**
 * Checks every field; `input` is set only when all are valid. The result is also run through the
 * contract's own schema, so anything the backend would refuse shows under its field before sending.
 */
export function validateEditor(v: LoanEditorValues): { input: LoanInput | null; terms: LoanTerms | null; problems: EditorProblems } {
  const r = new Reader(v.currency);
  const name = r.text('name', v.name);
  const lender = r.text('lender', v.lender);
  const built = buildTerms(v);
  const problems = { ...r.problems, ...built.problems };
  if (name === null || lender === null || built.terms === null) return { input: null, terms: built.terms, problems };
  const input: LoanInput = {
    name,
    lender,
    currency: v.currency,
    jurisdiction: v.jurisdiction,
    lenderType: v.lenderType,
    militaryBorrower: v.jurisdiction === 'US' && v.militaryBorrower,
    terms: built.terms,
    paper: paperOf(v),
  };
  const checked = loanInputSchema.safeParse(input);
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => ({ path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'), message: issue.message }));
    const mapped = problemsFromIssues(issues, v.method);
    return { input: null, terms: built.terms, problems: Object.keys(mapped).length > 0 ? mapped : { name: { key: 'server' } } };
  }
  return { input, terms: built.terms, problems: {} };
}
