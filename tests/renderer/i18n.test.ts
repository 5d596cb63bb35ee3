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
    const params = { min: 10, max: 600, count: 2, name: 'X', amount: '¥1.00', date: 'today', n: 12, version: '1' };
    for (const key of leaves(messages[language])) {
      const text = i18n.global.t(key, params);
      expect(text, key).not.toBe(key);
      expect(text, key).not.toMatch(/[{}]/);
    }
  });

  it('English and Chinese differ where they should (the UI is really translated)', () => {
    expect(messages['zh-CN'].loans.title).toBe('借款');
    expect(messages.en.loans.title).toBe('Loans');
    expect(messages['zh-CN'].loanForm.methodAnnuity).toBe('等额本息');
    expect(messages.en.loanForm.methodAnnuity).toBe('Equal installments (annuity)');
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
