// Issue 4, the escalation timeline on the loan page: a bank loan whose first installment is a few days
// overdue shows its stages with the credit-report one next; moving that stage to 45 days in the edit
// dialog moves its date, and resetting moves it back. Both languages, light and dark, with screenshots.
import type { Locator, Page, TestInfo } from '@playwright/test';
import type { LoanInput } from '../../../src/contract/loans';
import { addDaysIso, addMonthsClamped, daysBetween, isoDateInZone } from '../../../src/core/dates';
import { DEFAULT_ALLOCATION_ORDER } from '../../../src/core/loans/types';
import { startWebHost, test, expect } from '../fixtures/web-host';
import { seedLoan } from '../pages/api-seed';
import { EscalationSection } from '../pages/escalation-section';
import { FirstRunPage } from '../pages/first-run-page';
import { LoanPage } from '../pages/loan-page';
import { fill, messagesFor, type UiLanguage } from '../pages/messages';

const PASSPHRASE = 'quiet river lantern 42';
const today = (): string => isoDateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
const CREDIT_LABEL: Record<UiLanguage, string> = { en: 'May be reported to the credit bureau', 'zh-CN': '可能上报征信' };

/** A CN bank loan, 1.5× penalty rate and a late fee, no grace days; the first installment about 5 days late. */
function bankLoan(language: UiLanguage): LoanInput {
  const zh = language === 'zh-CN';
  return {
    name: zh ? '装修贷' : 'Home improvement loan',
    lender: zh ? '某商业银行' : 'Harbor Bank',
    jurisdiction: 'CN',
    lenderType: 'bank',
    terms: {
      method: 'annuity',
      principal: 3_000_000,
      startDate: addDaysIso(addMonthsClamped(today(), -1), -5),
      termPeriods: 12,
      frequency: 'monthly',
      rate: { ppm: 72_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
      fees: [],
      penalty: { rate: { type: 'multiplier', ppm: 1_500_000 }, base: 'overdue-principal', lateFee: { type: 'fixed', minor: 5_000 }, graceDays: 0 },
      allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    },
  };
}

function dateText(date: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
}

/** Shots of one part of the page, light then dark, clear of the sticky top bar. */
async function shoot(page: Page, testInfo: TestInfo, target: Locator, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1600 });
  await target.evaluate((el) => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    el.scrollIntoView({ block: 'center' });
  });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const path = testInfo.outputPath(`${name}-${scheme}.png`);
    await target.screenshot({ path });
    await testInfo.attach(`${name}-${scheme}`, { path, contentType: 'image/png' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

for (const language of ['zh-CN', 'en'] as const satisfies readonly UiLanguage[]) {
  test.describe(`escalation timeline in ${language}`, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });

    test('shows the credit-report stage; 45 days moves its date; reset moves it back', async ({ page, dataDir }, testInfo) => {
      const m = messagesFor(language);
      const loanPage = new LoanPage(page, m);
      const section = new EscalationSection(page, m);
      const host = await startWebHost({ dataDir });
      try {
        const firstRun = new FirstRunPage(page, m);
        await page.goto(host.url);
        await firstRun.createVault(PASSPHRASE);
        await firstRun.confirmSaved();
        const loan = await seedLoan(page.request, host.url, bankLoan(language));
        const first = loan.ledger.installments[0];
        if (!first) throw new Error('no schedule');
        const late = daysBetween(first.dueDate, today());

        await loanPage.open(host.url, loan.id);
        await section.expectShown();
        await expect(section.heading).toHaveText(
          late === 1 ? fill(m.escalation.mode.pastDueOne, { period: 1 }) : fill(m.escalation.mode.pastDue, { period: 1, days: late }),
        );
        const credit = section.stage('credit-report');
        await expect(credit).toContainText(CREDIT_LABEL[language]);
        await expect(credit).toHaveAttribute('data-state', 'next');
        await expect(credit).toContainText(m.escalation.basis.typical);
        await expect(section.stageDate('credit-report')).toHaveText(dateText(addDaysIso(first.dueDate, 30), language));
        await expect(credit).toContainText(fill(m.escalation.days.ahead, { n: 30 - late }));
        await expect(section.stage('grace-ends')).toHaveAttribute('data-state', 'passed');
        await expect(section.stage('grace-ends')).toContainText(m.escalation.basis.contract);
        await expect(section.root.getByTestId('escalation-next-reminder')).toContainText(m.escalation.reminder.label);

        // The source of a typical-practice stage opens in place.
        await credit.getByText(m.escalation.basis.source, { exact: true }).click();
        await expect(credit.locator('details p')).toBeVisible();

        await page.setViewportSize({ width: 960, height: 640 });
        const overflow = await page.evaluate(() =>
          [document.documentElement, document.getElementById('main')].map((el) => (el ? el.scrollWidth - el.clientWidth : 0)),
        );
        expect(overflow, 'no horizontal scroll at 960×640').toEqual([0, 0]);
        await page.setViewportSize({ width: 1280, height: 900 });
        await shoot(page, testInfo, section.card, `escalation-past-due.${language}`);

        // A typo is named under the field and nothing is saved.
        await section.openEdit();
        const days = section.dialog.getByLabel(CREDIT_LABEL[language], { exact: true });
        await expect(days).toHaveValue('30');
        await days.fill('4.5');
        await days.press('Enter');
        await expect(section.dialog).toContainText(m.escalation.dialog.invalid.days);
        await days.fill('45');
        await shoot(page, testInfo, section.dialog, `escalation-dialog.${language}`);
        await days.press('Enter');
        await expect(section.dialog).toBeHidden();

        await expect(section.stageDate('credit-report')).toHaveText(dateText(addDaysIso(first.dueDate, 45), language));
        await expect(section.stage('credit-report')).toContainText(m.escalation.basis.changed);
        await page.reload();
        await expect(section.stageDate('credit-report')).toHaveText(dateText(addDaysIso(first.dueDate, 45), language));
        await shoot(page, testInfo, section.card, `escalation-edited.${language}`);

        await section.openEdit();
        await section.dialog.getByRole('button', { name: m.escalation.dialog.reset }).click();
        await expect(section.dialog).toBeHidden();
        await expect(section.stageDate('credit-report')).toHaveText(dateText(addDaysIso(first.dueDate, 30), language));

        // A loan paid on time shows what would happen if its next payment were missed.
        const onTime = await seedLoan(page.request, host.url, { ...bankLoan(language), terms: { ...bankLoan(language).terms, startDate: addDaysIso(today(), -10) } });
        await loanPage.open(host.url, onTime.id);
        await expect(section.root.locator('[data-mode="if-missed"]')).toBeVisible();
        await expect(section.stage('grace-ends')).toHaveAttribute('data-state', 'next');
        await shoot(page, testInfo, section.card, `escalation-if-missed.${language}`);
      } finally {
        await host.stop();
      }
    });
  });
}
