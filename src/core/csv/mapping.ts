// Suggests which column fills which field from the header names a lender or the user wrote, in English
// or Chinese, and checks a mapping the user adjusted. The suggestion is only a starting point: the
// mapping step shows it and the user can change any of it.
import type { RateUnit } from '../loans/types';
import { IMPORT_FIELDS, type ColumnMapping, type ImportKind } from './types';

/** Header names per field, compared after `normaliseHeader`. The export's own headers are among them. */
const HEADER_ALIASES: Record<ImportKind, Record<string, string[]>> = {
  loans: {
    name: ['name', 'loan name', '借款名称', '贷款名称', '名称', '产品名称', '产品'],
    lender: ['lender', 'bank', 'creditor', '出借方', '贷款机构', '出借人', '债权人', '机构', '银行', '平台'],
    currency: ['currency', '币种', '货币'],
    method: ['method', 'repayment method', 'type', '还款方式', '方式', '类型'],
    principal: ['principal', 'amount', 'loan amount', '本金', '金额', '借款金额', '贷款金额', '借款本金'],
    rate: ['rate', 'interest rate', 'annual rate', 'apr', '年利率', '利率', '月利率', '日利率', '年化利率'],
    rateUnit: ['rate unit', 'unit', '利率单位', '计息单位'],
    termPeriods: ['term', 'terms', 'periods', 'term periods', 'months', 'installments', '期数', '期限', '借款期数', '总期数'],
    frequency: ['frequency', 'repayment frequency', '还款频率', '频率', '还款周期'],
    startDate: ['start date', 'start', 'date', 'loan date', 'disbursement date', '开始日期', '放款日', '放款日期', '借款日期', '起息日'],
    dueDay: ['due day', 'payment day', '还款日', '每月还款日', '扣款日'],
    installmentFeeRate: ['installment fee rate', 'fee rate', '分期手续费率', '手续费率', '每期手续费率', '费率'],
  },
  schedule: {
    dueDate: ['due date', 'date', 'payment date', '还款日', '还款日期', '应还日期', '到期日', '日期'],
    principal: ['principal', '本金', '应还本金'],
    interest: ['interest', '利息', '应还利息'],
    fees: ['fees', 'fee', 'charges', '费用', '手续费', '服务费', '应还费用'],
  },
  payments: {
    date: ['date', 'payment date', 'paid on', '还款日期', '日期', '实还日期', '付款日期', '交易日期'],
    amount: ['amount', 'paid', 'payment', '还款金额', '金额', '实还金额', '付款金额'],
    note: ['note', 'notes', 'memo', 'remark', '备注', '说明', '摘要'],
  },
};

/** Columns that sound like a field but are not it (remaining balance, totals, statuses). */
const NEVER_GUESSED = ['remaining', '剩余', 'total', '合计', '总额', 'status', '状态', 'period', '期次', 'outstanding', '未还'];

/** Lower case, width-folded, without spaces, underscores or a bracketed unit ("利率（%）" → "利率"). */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s_\-:.*]/g, '');
}

/** The mapping suggested from the header names: exact names first, then names containing an alias. */
export function suggestMapping(kind: ImportKind, columns: readonly string[]): ColumnMapping {
  const fields: readonly string[] = IMPORT_FIELDS[kind];
  const aliases = HEADER_ALIASES[kind];
  const headers = columns.map(normaliseHeader);
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f, null]));
  const taken = new Set<number>();
  const claim = (field: string, test: (header: string, alias: string) => boolean): void => {
    if (mapping[field] !== null) return;
    for (const alias of (aliases[field] ?? []).map(normaliseHeader)) {
      const index = headers.findIndex((h, i) => !taken.has(i) && h !== '' && test(h, alias));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        return;
      }
    }
  };
  for (const field of fields) claim(field, (h, alias) => h === alias);
  const guessable = (h: string): boolean => !NEVER_GUESSED.some((w) => h.includes(normaliseHeader(w)));
  for (const field of fields) claim(field, (h, alias) => alias.length >= 2 && guessable(h) && h.includes(alias));
  return mapping;
}

export type MappingProblem = { field: string; problem: 'unknown-field' | 'no-such-column' };

/** What is wrong with a mapping given by the caller: fields the import does not have, columns past the last. */
export function mappingProblems(kind: ImportKind, columns: readonly string[], mapping: ColumnMapping): MappingProblem[] {
  const fields: readonly string[] = IMPORT_FIELDS[kind];
  return Object.entries(mapping).flatMap(([field, index]): MappingProblem[] => {
    if (!fields.includes(field)) return [{ field, problem: 'unknown-field' }];
    if (index !== null && index >= columns.length) return [{ field, problem: 'no-such-column' }];
    return [];
  });
}

/** The mapping with every field of the kind present (null where the caller left it out). */
export function completeMapping(kind: ImportKind, mapping: ColumnMapping): ColumnMapping {
  const fields: readonly string[] = IMPORT_FIELDS[kind];
  return Object.fromEntries(fields.map((f) => [f, mapping[f] ?? null]));
}

/** The rate unit a header names ("月利率" → month, "Daily rate" → day), or null when it names none. */
export function rateUnitFromHeader(header: string): RateUnit | null {
  const h = normaliseHeader(header);
  if (h.includes('月') || h.includes('month')) return 'month';
  if (h.includes('日') || h.includes('day') || h.includes('daily')) return 'day';
  if (h.includes('年') || h.includes('annual') || h.includes('year') || h.includes('apr')) return 'year';
  return null;
}
