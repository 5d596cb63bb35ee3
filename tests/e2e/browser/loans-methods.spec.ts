// Issue 3's acceptance, part one: a loan of each repayment method created through the editor, checked
// against the schedule the loan page shows. The methods are split between the two UI languages so both
// are exercised without doubling the run: zh-CN takes the rate-based methods, en the card, credit card
// and custom ones.
import { startWebHost, test, expect } from '../fixtures/web-host';
import { AppShellPage } from '../pages/app-shell-page';
import { FirstRunPage } from '../pages/first-run-page';
import { LoanEditorPage } from '../pages/loan-editor-page';
import { LoanPage } from '../pages/loan-page';
import { messagesFor, snap } from '../pages/messages';

const PASSPHRASE = 'quiet river lantern 42';

test.describe('repayment methods in zh-CN', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });

  test('annuity, equal principal, interest-only and bullet', async ({ page, dataDir }, testInfo) => {
    const m = messagesFor('zh-CN');
    const shell = new AppShellPage(page, m);
    const editor = new LoanEditorPage(page, m);
    const loan = new LoanPage(page, m);
    const host = await startWebHost({ dataDir });
    try {
      await page.goto(host.url);
      const firstRun = new FirstRunPage(page, m);
      await firstRun.createVault(PASSPHRASE);
      await firstRun.confirmSaved();

      // 等额本息: 1,000,000 at 4.9 % over 360 months is 5,307.27 a month (the preview says so first).
      await shell.open('loans');
      await editor.openFromLoans();
      await editor.fillBasics('房贷', '招商银行');
      await editor.fillText(m.loanEditor.principal, '1,000,000');
      await editor.fillDate(m.loanEditor.startDate, '2025-03-15');
      await editor.fillText(m.loanEditor.rate, '4.9');
      await editor.fillText(m.loanEditor.term, '360');
      await expect(editor.preview).toContainText('¥5,307.27');
      await expect(page.getByTestId('true-apr')).toHaveText('4.90%');
      await snap(page, testInfo, 'annuity-editor');
      await editor.save('房贷');
      await loan.expectInstallment(1, '¥5,307.27');
      await loan.expectInstallment(2, '¥5,307.27');
      await expect(loan.row(1)).toContainText('2025年4月15日');

      // 等额本金: 6,861.11 the first month, 6,849.77 the second (11.34 less each month).
      await shell.open('loans');
      await editor.openFromLoans();
      await editor.chooseMethod('equal-principal');
      await editor.fillBasics('等额本金房贷', '建设银行');
      await editor.fillText(m.loanEditor.principal, '1000000');
      await editor.fillDate(m.loanEditor.startDate, '2025-03-15');
      await editor.fillText(m.loanEditor.rate, '4.9');
      await editor.fillText(m.loanEditor.term, '360');
      await editor.save('等额本金房贷');
      await loan.expectInstallment(1, '¥6,861.11');
      await loan.expectInstallment(2, '¥6,849.77');

      // 先息后本: 120,000 at 6 % a year for 12 months: 600.00 interest a month, principal with the last.
      await shell.open('loans');
      await editor.openFromLoans();
      await editor.chooseMethod('interest-only');
      await editor.fillBasics('经营贷', '农商银行');
      await editor.fillText(m.loanEditor.principal, '120000');
      await editor.fillDate(m.loanEditor.startDate, '2025-03-15');
      await editor.fillText(m.loanEditor.rate, '6');
      await editor.fillText(m.loanEditor.term, '12');
      await editor.save('经营贷');
      await loan.expectInstallment(1, '¥600.00');
      await loan.expectInstallment(11, '¥600.00');
      await loan.expectInstallment(12, '¥120,600.00');

      // 一次性还本付息: 10,000 at 1 % a month for 12 months: one payment of 11,200.00.
      await shell.open('loans');
      await editor.openFromLoans();
      await editor.chooseMethod('bullet');
      await editor.fillBasics('过桥借款', '朋友');
      await editor.fillText(m.loanEditor.principal, '10000');
      await editor.fillDate(m.loanEditor.startDate, '2025-03-15');
      await editor.fillText(m.loanEditor.rate, '1');
      await editor.choose(m.loanEditor.rateUnit, m.loanTerms.rateUnit.month);
      await editor.fillText(m.loanEditor.termBullet, '12');
      await editor.save('过桥借款');
      await loan.expectInstallment(1, '¥11,200.00');
      await expect(loan.row(2)).toHaveCount(0);
      await expect(loan.row(1)).toContainText('2026年3月15日');
    } finally {
      await host.stop();
    }
  });
});

test.describe('repayment methods in en', () => {
  test.use({ locale: 'en', viewport: { width: 1280, height: 900 } });

  test('installment plan, credit card and a custom schedule', async ({ page, dataDir }, testInfo) => {
    const m = messagesFor('en');
    const shell = new AppShellPage(page, m);
    const editor = new LoanEditorPage(page, m);
    const loan = new LoanPage(page, m);
    const host = await startWebHost({ dataDir });
    try {
      await page.goto(host.url);
      const firstRun = new FirstRunPage(page, m);
      await firstRun.createVault(PASSPHRASE);
      await firstRun.confirmSaved();

      // 分期: 12,000 over 12 months at a 0.6 % fee rate per period: 1,000 + 72 = 1,072.00 every month.
      await shell.open('loans');
      await editor.openFromLoans();
      await editor.chooseMethod('card-installment');
      await editor.fillBasics('Phone installment plan', 'Harbor Card');
      await editor.fillText(m.loanEditor.principal, '12,000');
      await editor.fillDate(m.loanEditor.startDate, '2025-03-15');
      await editor.fillText(m.loanEditor.installmentFee, '0.6');
      await editor.fillText(m.loanEditor.term, '12');
      await expect(editor.preview).toContainText('CN¥1,072.00');
      await editor.save('Phone installment plan');
      await loan.expectInstallment(1, 'CN¥1,072.00');
      await loan.expectInstallment(12, 'CN¥1,072.00');
      await expect(loan.row(1)).toContainText('CN¥72.00');

      // Credit card: 10,000 statement balance, minimum 10 % (at least 100): 1,000.00 on the first due day (the 25th).
      await shell.open('loans');
      await editor.openFromLoans();
      await editor.chooseMethod('revolving');
      await editor.fillBasics('Credit card', 'Harbor Card');
      await editor.fillText(m.loanEditor.statementBalance, '10000');
      await editor.fillDate(m.loanEditor.statementDate, '2025-03-05');
      await editor.fillText(m.loanEditor.dailyRate, '0.05');
      await editor.fillText(m.loanEditor.statementDay, '5');
      await editor.fillText(m.loanEditor.cardDueDay, '25');
      await editor.fillText(m.loanEditor.minPayment, '10');
      await editor.fillText(m.loanEditor.minPaymentFloor, '100');
      await editor.save('Credit card');
      await loan.expectInstallment(1, 'CN¥1,000.00');
      await expect(loan.row(1)).toContainText('Mar 25, 2025');

      // Custom: the lender's three rows, as typed.
      await shell.open('loans');
      await editor.openFromLoans();
      await editor.chooseMethod('custom');
      await editor.fillBasics('Family loan', 'Aunt May');
      await editor.fillDate(m.loanEditor.startDate, '2025-03-15');
      await editor.fillCustomRow(1, { dueDate: '2025-04-15', principal: '1,000', interest: '50' });
      await editor.fillCustomRow(2, { dueDate: '2025-05-15', principal: '1,000', interest: '30', fees: '10' });
      await editor.fillCustomRow(3, { dueDate: '2025-06-15', principal: '1,000', interest: '10' });
      await expect(page.getByTestId('custom-total')).toContainText('CN¥3,000.00');
      await snap(page, testInfo, 'custom-editor');
      await editor.save('Family loan');
      await loan.expectInstallment(1, 'CN¥1,050.00');
      await loan.expectInstallment(2, 'CN¥1,040.00');
      await loan.expectInstallment(3, 'CN¥1,010.00');
    } finally {
      await host.stop();
    }
  });
});
