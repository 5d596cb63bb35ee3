// Issue 3's acceptance, part two: recording a partial payment changes the installment's status from
// due to partly paid (and deleting it changes it back); the loan page and the editor as a user sees them,
// in both languages, light and dark, with screenshots kept as artifacts. Loans are seeded through the
// HTTP API: creating them through the UI is loans-methods.spec.ts's job.
import type { Page, TestInfo } from '@playwright/test';
import type { LoanInput } from '../../../src/contract/loans';
import { addDaysIso, addMonthsClamped, isoDateInZone } from '../../../src/core/dates';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY } from '../../../src/core/loans/types';
import { startWebHost, test, expect } from '../fixtures/web-host';
import { seedLoan, seedPayment } from '../pages/api-seed';
import { FirstRunPage } from '../pages/first-run-page';
import { LoanEditorPage } from '../pages/loan-editor-page';
import { LoanPage } from '../pages/loan-page';
import { fill, messagesFor, snap, type UiLanguage } from '../pages/messages';

const PASSPHRASE = 'quiet river lantern 42';
const today = (): string => isoDateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

/** 分期: 12,000 over 12 months at 0.6 % per period (1,072.00 a month), the first due in about ten days. */
function installmentPlan(language: UiLanguage): LoanInput {
  return {
    name: language === 'zh-CN' ? '手机分期' : 'Phone installment plan',
    lender: language === 'zh-CN' ? '某银行信用卡中心' : 'Harbor Card',
    lenderType: 'credit-card',
    terms: {
      method: 'card-installment',
      principal: 1_200_000,
      startDate: addDaysIso(today(), -20),
      termPeriods: 12,
      frequency: 'monthly',
      rate: { ppm: 0, unit: 'month', accrual: 'periodic', dayCountBasis: 365 },
      installmentFeePpm: 6_000,
      fees: [],
      penalty: NO_PENALTY,
      allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    },
  };
}

/** An online loan with an up-front deduction, a penalty, and the app's permissions: two paid, one late. */
function onlineLoan(language: UiLanguage): LoanInput {
  const zh = language === 'zh-CN';
  return {
    name: zh ? '极速贷' : 'QuickCash loan',
    lender: zh ? '某网贷平台' : 'QuickCash Online',
    lenderType: 'online-lender',
    terms: {
      method: 'annuity',
      principal: 2_000_000,
      startDate: addDaysIso(addMonthsClamped(today(), -3), -5),
      termPeriods: 12,
      frequency: 'monthly',
      rate: { ppm: 180_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
      fees: [{ kind: 'upfront-deducted', label: 'service', amount: { type: 'fixed', minor: 100_000 } }],
      penalty: { rate: { type: 'multiplier', ppm: 1_500_000 }, base: 'overdue-principal', lateFee: { type: 'fixed', minor: 5_000 }, graceDays: 3 },
      allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    },
    paper: {
      clauses: zh
        ? { fees: '第 5 条：服务费 1,000 元，放款时扣除。', collection: '第 12 条：逾期可联系紧急联系人。' }
        : { fees: 'Clause 5: a 1,000 service fee, deducted at payout.', collection: 'Clause 12: may contact your emergency contacts if late.' },
      permissions: { contacts: true, location: true, photos: false, callLog: false },
      done: ['keep-contract-copy'],
    },
  };
}

async function unlockedApp(page: Page, hostUrl: string, language: UiLanguage): Promise<void> {
  const firstRun = new FirstRunPage(page, messagesFor(language));
  await page.goto(hostUrl);
  await firstRun.createVault(PASSPHRASE);
  await firstRun.confirmSaved();
}

/** Shots of what the content area holds, light then dark: the page scrolls inside its content area, so
 * the viewport is made tall enough to hold it all. */
async function shoot(page: Page, testInfo: TestInfo, name: string, height: number): Promise<void> {
  await page.setViewportSize({ width: 1280, height });
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    document.getElementById('main')?.scrollTo(0, 0);
  });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await snap(page, testInfo, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** At the minimum window size nothing scrolls sideways. */
async function expectNoSideways(page: Page): Promise<void> {
  await page.setViewportSize({ width: 960, height: 640 });
  const overflow = await page.evaluate(() =>
    [document.documentElement, document.getElementById('main')].map((el) => (el ? el.scrollWidth - el.clientWidth : 0)),
  );
  expect(overflow, 'no horizontal scroll at 960×640').toEqual([0, 0]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

for (const language of ['zh-CN', 'en'] as const satisfies readonly UiLanguage[]) {
  test.describe(`payments in ${language}`, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });

    test('a partial payment turns the installment from due to partly paid', async ({ page, dataDir }) => {
      const m = messagesFor(language);
      const loanPage = new LoanPage(page, m);
      const money = (text: string): string => (language === 'zh-CN' ? `¥${text}` : `CN¥${text}`);
      const host = await startWebHost({ dataDir });
      try {
        await unlockedApp(page, host.url, language);
        const loan = await seedLoan(page.request, host.url, installmentPlan(language));
        await loanPage.open(host.url, loan.id);
        await loanPage.expectStatus(1, 'due');
        await expect(page.getByTestId('next-payment')).toContainText(money('1,072.00'));

        await loanPage.recordPayment('500', language === 'zh-CN' ? '部分还款' : 'part of it');
        await loanPage.expectStatus(1, 'partly-paid');
        await expect(loanPage.row(1)).toContainText(fill(m.loanPage.schedule.owing, { amount: money('572.00') }));
        await expect(loanPage.payments).toContainText(money('500.00'));
        await loanPage.expectStatus(2, 'upcoming');

        await loanPage.deleteFirstPayment();
        await expect(page.getByText(m.loanPage.payments.empty)).toBeVisible();
        await loanPage.expectStatus(1, 'due');

        // The dialog offers the amount due now; Enter records it and the installment is paid.
        await loanPage.openRecordPayment();
        const amount = loanPage.dialog.getByLabel(m.loanPage.dialog.amount, { exact: true });
        await expect(amount).toHaveValue('1,072.00');
        await amount.press('Enter');
        await expect(loanPage.dialog).toBeHidden();
        await loanPage.expectStatus(1, 'paid');
        await loanPage.expectStatus(2, 'due');

        // A typo is caught in words under the field, and nothing is recorded.
        await loanPage.openRecordPayment();
        await amount.fill('12.345');
        await amount.press('Enter');
        await expect(loanPage.dialog).toContainText(m.loanPage.dialog.invalid.amount);
        await page.keyboard.press('Escape');
        await expect(loanPage.payments.getByRole('row')).toHaveCount(2);
      } finally {
        await host.stop();
      }
    });

    test('the loan page and the editor, light and dark', async ({ page, dataDir }, testInfo) => {
      const m = messagesFor(language);
      const loanPage = new LoanPage(page, m);
      const editor = new LoanEditorPage(page, m);
      const host = await startWebHost({ dataDir });
      try {
        await unlockedApp(page, host.url, language);
        const input = onlineLoan(language);
        const loan = await seedLoan(page.request, host.url, input);
        const first = loan.ledger.installments[0];
        const second = loan.ledger.installments[1];
        if (!first || !second) throw new Error('schedule too short');
        await seedPayment(page.request, host.url, { loanId: loan.id, date: first.dueDate, amount: first.total, note: '' });
        await seedPayment(page.request, host.url, { loanId: loan.id, date: addDaysIso(second.dueDate, -2), amount: second.total, note: '' });

        await loanPage.open(host.url, loan.id);
        await loanPage.expectStatus(1, 'paid');
        await loanPage.expectStatus(3, 'overdue');
        const [overduePrefix = ''] = fill(m.loanPage.status.overdue, { days: 5, amount: '\u0000' }).split('\u0000');
        await expect(page.getByTestId('loan-status')).toContainText(overduePrefix.trim());
        await expect(page.getByTestId('rate-warnings')).toContainText(m.loanPage.warnings.tier['possible-issue']);
        await expect(page.getByTestId('privacy-todos')).toContainText(m.loanTerms.todo['revoke-contacts']);

        // What if I prepay? Nothing is saved.
        await page.getByLabel(m.loanPage.whatIf.amount, { exact: true }).fill('5000');
        await expect(page.getByTestId('what-if-result')).toContainText(fill(m.loanPage.whatIf.saved, { amount: '' }).replace(/[.。]$/, '').trim());

        // Ticking a privacy to-do is saved with the loan.
        await page.getByText(m.loanTerms.todo['revoke-contacts']).click();
        await page.reload();
        await expect(page.getByTestId('privacy-todos').getByRole('checkbox', { checked: true })).toHaveCount(2);
        await page.getByLabel(m.loanPage.whatIf.amount, { exact: true }).fill('5000');

        await expectNoSideways(page);
        await shoot(page, testInfo, 'loan-page', 2640);

        await page.getByRole('button', { name: m.loanPage.edit }).click();
        await editor.expectShown('edit');
        await expect(editor.preview).toContainText(m.loanPage.cost.title);
        await expectNoSideways(page);
        await shoot(page, testInfo, 'loan-editor', 1500);
      } finally {
        await host.stop();
      }
    });
  });
}
