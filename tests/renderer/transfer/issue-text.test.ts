// Import problems read the same in both languages: row and column as the file has them, the problem in
// words, the offending cell quoted; every issue code has words; a refused commit's issues map back.
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES, IMPORT_ISSUE_PATH_ROOT } from '../../../src/contract/transfer';
import {
  issueText,
  issuesFromCommitError,
  type ShownIssue,
  type Translator,
} from '../../../src/renderer/src/components/transfer/issue-text';
import { createTransferI18n, transferMessages } from './transfer-harness';

function translator(language: 'en' | 'zh-CN'): Translator {
  const i18n = createTransferI18n(language).global;
  return { t: (key, named) => i18n.t(key, named), te: (key) => i18n.te(key) };
}

const badAmount: ShownIssue = { row: 7, column: '本金', field: 'principal', code: 'amount', value: '12,3a' };

describe('issueText', () => {
  it('names the row and column in English', () => {
    expect(issueText(translator('en'), badAmount)).toBe('Row 7, column 本金: not an amount (“12,3a”)');
  });

  it('names the row and column in Chinese', () => {
    expect(issueText(translator('zh-CN'), badAmount)).toBe('第 7 行，“本金”列：不是有效金额（“12,3a”）');
  });

  it.each(['en', 'zh-CN'] as const)('leaves out an empty value and an empty column (%s)', (language) => {
    const tr = translator(language);
    const m = transferMessages[language];
    const empty = issueText(tr, { row: 3, column: 'Lender', field: 'lender', code: 'required', value: '' });
    expect(empty).toBe(m.issue.cell.replace('{row}', '3').replace('{column}', 'Lender').replace('{problem}', m.problem.required));
    const rowOnly = issueText(tr, { row: 4, column: '', field: '', code: 'invalid-loan', value: '' });
    expect(rowOnly).toBe(m.issue.row.replace('{row}', '4').replace('{problem}', m.problem['invalid-loan']));
  });

  it.each(['en', 'zh-CN'] as const)('says which field has no column, and what is wrong with the whole file (%s)', (language) => {
    const tr = translator(language);
    const m = transferMessages[language];
    const unmapped = issueText(tr, { row: 0, column: '', field: 'principal', code: 'unmapped-required', value: '' });
    expect(unmapped).toContain(m.field.principal);
    expect(unmapped.startsWith(m.issue.mapping.replace('{problem}', ''))).toBe(true);
    const noRows = issueText(tr, { row: 0, column: '', field: '', code: 'no-rows', value: '' });
    expect(noRows).toBe(m.issue.file.replace('{problem}', m.problem['no-rows']));
  });

  it.each(['en', 'zh-CN'] as const)('has words for every issue code, and a fallback for a new one (%s)', (language) => {
    const tr = translator(language);
    const m = transferMessages[language];
    for (const code of IMPORT_ISSUE_CODES) {
      expect(m.problem, code).toHaveProperty([code]);
      const text = issueText(tr, { row: 2, column: 'X', field: 'name', code, value: 'v' });
      expect(text, code).not.toContain(m.problem.unknown);
      expect(text, code).not.toMatch(/[{}]|transfer\./);
    }
    const unknown = issueText(tr, { row: 2, column: 'X', field: 'name', code: 'brand-new-code', value: 'v' });
    expect(unknown).toContain(m.problem.unknown);
  });
});

describe('issuesFromCommitError', () => {
  it('reads the documented path [root, row, column, field] with the code as message', () => {
    const issues = issuesFromCommitError([
      { path: [IMPORT_ISSUE_PATH_ROOT, 7, '本金', 'principal'], message: 'amount' },
      { path: [IMPORT_ISSUE_PATH_ROOT, 0, '', 'name'], message: 'unmapped-required' },
      { path: ['loanId'], message: 'Required' },
    ]);
    expect(issues).toEqual([
      { row: 7, column: '本金', field: 'principal', code: 'amount', value: '' },
      { row: 0, column: '', field: 'name', code: 'unmapped-required', value: '' },
    ]);
    expect(issueText(translator('en'), issues[0] as ShownIssue)).toBe('Row 7, column 本金: not an amount');
  });
});
