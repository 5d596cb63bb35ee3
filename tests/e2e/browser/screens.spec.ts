// Every screen as a user sees it, in both languages and in light and dark: at the minimum window size
// (960×640) nothing scrolls sideways and no raw message key shows; screenshots are kept as artifacts.
import type { Page, TestInfo } from '@playwright/test';
import type { LoanInput } from '../../../src/contract/loans';
import { addMonthsClamped, isoDateInZone } from '../../../src/core/dates';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY } from '../../../src/core/loans/types';
import { startWebHost, test, expect } from '../fixtures/web-host';
import { seedLoan } from '../pages/api-seed';
import { AppShellPage } from '../pages/app-shell-page';
import { FirstRunPage } from '../pages/first-run-page';
import { messagesFor, snap, type UiLanguage } from '../pages/messages';
import { UnlockPage } from '../pages/unlock-page';

const PASSPHRASE = 'quiet river lantern 42';
const RAW_KEY = /\b(app|nav|shell|theme|language|common|errors|firstRun|unlock|overview|due|loans|loanTerms|loanEditor|loanPage|transfer|reminders|escalation|collectors|collection|settings)\.[a-zA-Z]+/;

async function expectTidy(page: Page): Promise<void> {
  await page.setViewportSize({ width: 960, height: 640 });
  const overflow = await page.evaluate(() =>
    [document.documentElement, document.getElementById('main')].map((el) => (el ? el.scrollWidth - el.clientWidth : 0)),
  );
  expect(overflow, 'no horizontal scroll at 960×640 (page, content area)').toEqual([0, 0]);
  expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Light and dark shots of the current screen (the app follows the system theme by default). */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expectTidy(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
    // Let the re-themed page paint before the shot.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await snap(page, testInfo, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** An equal-installments loan in the contract's shape. */
function annuity(name: string, lender: string, principal: number, ratePpm: number, termPeriods: number, startDate: string): LoanInput {
  return {
    name,
    lender,
    terms: {
      method: 'annuity',
      principal,
      startDate,
      termPeriods,
      frequency: 'monthly',
      rate: { ppm: ratePpm, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
      fees: [],
      penalty: NO_PENALTY,
      allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    },
  };
}

for (const language of ['zh-CN', 'en'] as const satisfies readonly UiLanguage[]) {
  test.describe(`screens in ${language}`, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });

    test('every screen fits and is translated', async ({ page, dataDir }, testInfo) => {
      const m = messagesFor(language);
      const firstRun = new FirstRunPage(page, m);
      const shell = new AppShellPage(page, m);
      const unlock = new UnlockPage(page, m);
      const host = await startWebHost({ dataDir });
      try {
        await page.goto(host.url);
        await firstRun.expectShown();
        await shoot(page, testInfo, 'first-run');
        await firstRun.createVault(PASSPHRASE);
        await shoot(page, testInfo, 'recovery-key');
        await firstRun.confirmSaved();
        await expect(page.getByRole('heading', { name: m.overview.emptyTitle })).toBeVisible();
        await shoot(page, testInfo, 'overview-empty');

        const today = isoDateInZone(new Date(), 'UTC');
        const inThreeDays = isoDateInZone(new Date(Date.now() + 3 * 86_400_000), 'UTC');
        await seedLoan(
          page.request,
          host.url,
          annuity(language === 'zh-CN' ? '房贷' : 'Mortgage', language === 'zh-CN' ? '招商银行' : 'Harbor Bank', 100_000_000, 49_000, 360, addMonthsClamped(today, -1)),
        );
        await seedLoan(
          page.request,
          host.url,
          annuity(
            language === 'zh-CN' ? '消费分期' : 'Phone installment plan',
            language === 'zh-CN' ? '某消费金融公司' : 'QuickCredit Consumer Finance Ltd.',
            1_200_000,
            239_900,
            12,
            addMonthsClamped(inThreeDays, -1),
          ),
        );

        await shell.open('loans');
        await expect(page.getByRole('row')).toHaveCount(3);
        await shoot(page, testInfo, 'loans');
        await shell.open('overview');
        await expect(page.getByTestId('owed-total')).toBeVisible();
        await shoot(page, testInfo, 'overview');
        await shell.open('loans');

        await page.getByRole('button', { name: m.common.edit }).first().click();
        await expect(page.getByRole('heading', { name: m.loanEditor.titleEdit })).toBeVisible();
        await shoot(page, testInfo, 'loan-editor');
        await page.getByRole('button', { name: m.common.cancel }).click();
        await shell.open('loans');
        await page.getByRole('button', { name: m.loans.add }).click();
        await page.getByTestId('save-loan').click();
        await expect(page.getByText(m.loanEditor.invalid.required).first()).toBeVisible();
        await shoot(page, testInfo, 'loan-editor-invalid');
        await shell.open('loans');

        await page.getByRole('link', { name: language === 'zh-CN' ? '房贷' : 'Mortgage' }).click();
        await expect(page.getByRole('heading', { name: m.loanPage.schedule.title })).toBeVisible();
        await shoot(page, testInfo, 'loan-detail');

        await page.getByRole('button', { name: m.common.delete }).click();
        await expect(page.getByText(m.loans.deleteTitle)).toBeVisible();
        await shoot(page, testInfo, 'loan-delete');
        await page.getByRole('dialog').getByRole('button', { name: m.common.cancel }).click();

        for (const section of ['reminders', 'collectors', 'settings'] as const) {
          await shell.open(section);
          await shoot(page, testInfo, section);
        }

        await page.keyboard.press('Control+KeyL');
        await unlock.expectShown();
        await shoot(page, testInfo, 'unlock');
      } finally {
        await host.stop();
      }
    });
  });
}
