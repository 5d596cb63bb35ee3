// The shell's language: the user's choice in prefs, else the OS locale (zh* → Chinese, anything else English).
import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../src/contract/errors';
import { languageForLocale, shellLanguage } from '../../src/main/shell-language';

const prefs = (language: string | null): ApiResult<unknown> => ({ ok: true, value: { language, theme: 'system' } });

describe('shellLanguage', () => {
  it('uses the language picked in prefs over the OS locale', async () => {
    const dispatch = vi.fn(async () => prefs('zh-CN'));
    await expect(shellLanguage(dispatch, () => 'en-US')).resolves.toBe('zh-CN');
    expect(dispatch).toHaveBeenCalledWith('prefs.get', {});
  });

  it('falls back to the OS locale when none is picked or prefs cannot be read', async () => {
    await expect(shellLanguage(vi.fn(async () => prefs(null)), () => 'zh-TW')).resolves.toBe('zh-CN');
    const failing = vi.fn(async (): Promise<ApiResult<unknown>> => ({ ok: false, error: { code: 'INTERNAL', message: 'x' } }));
    await expect(shellLanguage(failing, () => 'fr-FR')).resolves.toBe('en');
  });

  it('maps locales', () => {
    expect(languageForLocale('zh-CN')).toBe('zh-CN');
    expect(languageForLocale('ZH')).toBe('zh-CN');
    expect(languageForLocale('en-GB')).toBe('en');
    expect(languageForLocale('de')).toBe('en');
  });
});
