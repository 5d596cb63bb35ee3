// Page objects find controls by the words a user sees, taken from the app's own message files, so
// the same spec runs in 简体中文 and English and also proves the page is in the expected language.
import { expect, type Page, type TestInfo } from '@playwright/test';
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

/**
 * Checks the page fits 960×640 without horizontal scroll and shows no raw message key matching `rawKey`,
 * then saves it in the light and the dark theme (`<name>-light`, `<name>-dark`).
 */
export async function shootTidy(page: Page, testInfo: TestInfo, name: string, rawKey: RegExp): Promise<void> {
  await page.setViewportSize({ width: 960, height: 640 });
  const overflow = await page.evaluate(() =>
    [document.documentElement, document.getElementById('main')].map((el) => (el ? el.scrollWidth - el.clientWidth : 0)),
  );
  expect(overflow, 'no horizontal scroll at 960×640 (page, content area)').toEqual([0, 0]);
  expect(await page.locator('body').innerText()).not.toMatch(rawKey);
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await snap(page, testInfo, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
