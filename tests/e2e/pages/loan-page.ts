// One loan's page: its schedule rows by period, the status banner, the record-payment dialog, payments.
import { expect, type Locator, type Page } from '@playwright/test';
import type { InstallmentStatus } from '../../../src/core/loans/ledger-types';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

export class LoanPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  async open(hostUrl: string, loanId: string): Promise<void> {
    await this.page.goto(`${new URL(hostUrl).origin}/#/loans/${loanId}`);
    await expect(this.page.getByTestId('schedule-table')).toBeVisible();
  }

  /** The schedule row of installment `period` (1-based). */
  row(period: number): Locator {
    return this.page.getByTestId('schedule-table').locator(`tr[data-period="${period}"]`);
  }

  /** Checks a row's payment total (as formatted in the UI, e.g. "5,307.27") and optionally its status. */
  async expectInstallment(period: number, total: string, status?: InstallmentStatus): Promise<void> {
    await expect(this.row(period)).toContainText(total);
    if (status) await this.expectStatus(period, status);
  }

  async expectStatus(period: number, status: InstallmentStatus): Promise<void> {
    await expect(this.row(period)).toHaveAttribute('data-status', status);
    await expect(this.row(period)).toContainText(this.m.loanTerms.installmentStatus[status]);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.m.loanPage.dialog.title });
  }

  async openRecordPayment(): Promise<void> {
    await this.page.getByTestId('record-payment').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Records a payment through the dialog; Enter in the amount field submits. */
  async recordPayment(amount: string, note = ''): Promise<void> {
    await this.openRecordPayment();
    if (note) await this.dialog.getByLabel(this.m.loanPage.dialog.note, { exact: true }).fill(note);
    const field = this.dialog.getByLabel(this.m.loanPage.dialog.amount, { exact: true });
    await field.fill(amount);
    await field.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  get payments(): Locator {
    return this.page.getByTestId('payments-table');
  }

  async deleteFirstPayment(): Promise<void> {
    await this.payments.getByRole('button', { name: this.m.common.delete }).first().click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.m.common.delete }).click();
  }
}
