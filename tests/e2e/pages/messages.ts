// Page objects find controls by the words a user sees, taken from the app's own message files, so
// the same spec runs in 简体中文 and English and also proves the page is in the expected language.
import type { Page, TestInfo } from '@playwright/test';
import en, { type MessageSchema } from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';

export type UiLanguage = 'zh-CN' | 'en';

export function messagesFor(language: UiLanguage): MessageSchema {
  return language === 'zh-CN' ? zhCN : en;
}

/** Fills `{name}` placeholders the way vue-i18n does. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** Saves a full-page screenshot into the test's output folder and attaches it to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
