// Both languages cover the same keys, every API error code has a translation, each message compiles,
// and the first language follows the saved choice or the system locale.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/contract/errors';
import { CLIENT_ERROR_CODES } from '../../src/renderer/src/api/api-error';
import { createAppI18n, languageFromLocales, messages, pickLanguage } from '../../src/renderer/src/i18n';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

describe('messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(leaves(messages['zh-CN']).sort()).toEqual(leaves(messages.en).sort());
  });

  it.each(['zh-CN', 'en'] as const)('every error code has a %s message', (language) => {
    const i18n = createAppI18n(language);
    for (const code of [...ERROR_CODES, ...CLIENT_ERROR_CODES]) {
      const key = `errors.${code}`;
      expect(i18n.global.te(key, language), key).toBe(true);
      expect(i18n.global.t(key)).not.toBe(key);
    }
  });

  it.each(['zh-CN', 'en'] as const)('every %s message compiles and renders', (language) => {
    const i18n = createAppI18n(language);
    const params = {
      min: 10, max: 600, count: 2, name: 'X', amount: '¥1.00', date: 'today', n: 12, version: '1', days: 3, relative: 'in 3 days',
      diff: '1.00', citation: 'Art. 1', fee: '¥1.00', mode: 'm', before: 'b', after: 'a', overdue: '¥1.00', penalty: '¥1.00',
      field: 'f', apr: '1.00%', row: 2, column: 'c', value: 'v', problem: 'p',
      stage: 'reported', lender: 'Bank', time: '09:00',
    };
    for (const key of leaves(messages[language])) {
      const text = i18n.global.t(key, params);
      expect(text, key).not.toBe(key);
      expect(text, key).not.toMatch(/[{}]/);
    }
  });

  it('English and Chinese differ where they should (the UI is really translated)', () => {
    expect(messages['zh-CN'].loans.title).toBe('借款');
    expect(messages.en.loans.title).toBe('Loans');
    expect(messages['zh-CN'].loanTerms.method.annuity).toBe('等额本息');
    expect(messages.en.loanTerms.method.annuity).toBe('Equal installments (annuity)');
  });

  it('uses the glossary words for the repayment methods and key terms in both languages', () => {
    const zh = messages['zh-CN'].loanTerms;
    const en = messages.en.loanTerms;
    expect([zh.method['equal-principal'], zh.method['interest-only'], zh.method.bullet, zh.method['card-installment']]).toEqual([
      '等额本金', '先息后本', '一次性还本付息', '分期',
    ]);
    expect([en.method['equal-principal'], en.method['interest-only'], en.method.bullet, en.method['card-installment']]).toEqual([
      'Equal principal', 'Interest-only, principal at end', 'Bullet (all at maturity)', 'Installment plan',
    ]);
    expect(zh.feeKind['upfront-deducted']).toBe('砍头息');
    expect(en.feeKind['upfront-deducted']).toBe('Up-front deduction');
    expect(messages['zh-CN'].loanPage.cost.trueRate).toBe('年化利率 (IRR)');
    expect(messages.en.loanPage.cost.trueRate).toBe('True annual rate (IRR)');
    expect(messages.en.loanEditor.installmentFee).toBe('Fee rate per period');
    expect(messages['zh-CN'].loanEditor.installmentFee).toBe('手续费率');
  });
});

describe('language choice', () => {
  it('maps any zh* locale to zh-CN and everything else to en', () => {
    expect(languageFromLocales(['zh-CN'])).toBe('zh-CN');
    expect(languageFromLocales(['zh-Hant-TW', 'en'])).toBe('zh-CN');
    expect(languageFromLocales(['en-GB', 'zh-CN'])).toBe('en');
    expect(languageFromLocales(['fr'])).toBe('en');
    expect(languageFromLocales([])).toBe('en');
  });

  it('prefers the saved language', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['zh-CN'])).toBe('zh-CN');
  });
});
