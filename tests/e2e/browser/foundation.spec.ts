// Issue 2's whole path through the real browser-mode host: create the vault, add a loan, lock, a wrong
// passphrase is refused, unlock, the loan is there; restart the host, unlock, it is still there.
// Runs once per UI language; the app picks its language from the browser locale.
import { startWebHost, test, expect, type RunningWebHost } from '../fixtures/web-host';
import { AppShellPage } from '../pages/app-shell-page';
import { FirstRunPage } from '../pages/first-run-page';
import { LoansPage } from '../pages/loans-page';
import { messagesFor, snap, type UiLanguage } from '../pages/messages';
import { UnlockPage } from '../pages/unlock-page';

const PASSPHRASE = 'quiet river lantern 42';
const LOAN = {
  name: 'Mortgage 房贷',
  lender: 'Harbor Bank',
  principal: '1,000,000',
  rate: '4.9',
  term: '360',
  startDate: '2025-03-15',
};
/** 1,000,000 at 4.9 % a year over 360 months, 等额本息, rounded half-up to the fen. */
const MONTHLY = '5,307.27';

for (const language of ['zh-CN', 'en'] as const satisfies readonly UiLanguage[]) {
  test.describe(`foundation in ${language}`, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 800 } });

    test('vault, loan, lock, wrong passphrase, unlock, restart', async ({ page, dataDir }, testInfo) => {
      const m = messagesFor(language);
      const firstRun = new FirstRunPage(page, m);
      const unlock = new UnlockPage(page, m);
      const shell = new AppShellPage(page, m);
      const loans = new LoansPage(page, m);

      let host: RunningWebHost = await startWebHost({ dataDir });
      try {
        await page.goto(host.url);
        await firstRun.expectShown();
        expect(new URL(page.url()).hash).not.toContain('secret=');
        await expect(page).toHaveTitle('QuietLedger');
        await snap(page, testInfo, '01-first-run');

        await firstRun.createVault(PASSPHRASE);
        await snap(page, testInfo, '02-recovery-key');
        await firstRun.confirmSaved();
        await shell.expectShown();
        await expect(page.getByRole('heading', { name: m.overview.emptyTitle })).toBeVisible();
        await snap(page, testInfo, '03-overview-empty');

        await shell.open('loans');
        await loans.expectEmpty();
        await snap(page, testInfo, '04-loans-empty');
        await loans.openAdd();
        await loans.fillForm(LOAN);
        await expect(loans.preview).toContainText(MONTHLY);
        await snap(page, testInfo, '05-loan-editor');
        await loans.submit();
        await expect(loans.row(LOAN.name)).toContainText(LOAN.lender);
        await expect(loans.row(LOAN.name)).toContainText(MONTHLY);
        await snap(page, testInfo, '06-loans-list');

        await shell.lock();
        await unlock.expectShown();
        await unlock.submitPassphrase('not the passphrase');
        await unlock.expectWrongSecret();
        await snap(page, testInfo, '07-unlock-wrong');

        await unlock.submitPassphrase(PASSPHRASE);
        await shell.expectShown();
        await shell.open('loans');
        await expect(loans.row(LOAN.name)).toContainText(MONTHLY);

        await host.stop();
        host = await startWebHost({ dataDir });
        await page.goto(host.url);
        await unlock.expectShown();
        await unlock.submitPassphrase(PASSPHRASE);
        await shell.expectShown();
        await shell.open('loans');
        await expect(loans.row(LOAN.name)).toContainText(LOAN.lender);
        await expect(loans.row(LOAN.name)).toContainText(MONTHLY);
        await snap(page, testInfo, '08-after-restart');
      } finally {
        await host.stop();
      }
    });
  });
}
