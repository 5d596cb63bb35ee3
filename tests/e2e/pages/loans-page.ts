// The loans page and its add/edit drawer.
import { expect, type Locator, type Page } from '@playwright/test';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

export interface LoanFields {
  name: string;
  lender: string;
  principal: string;
  rate: string;
  term: string;
  startDate?: string;
}

export class LoansPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  get preview(): Locator {
    return this.page.getByTestId('loan-preview');
  }

  async expectEmpty(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: this.m.loans.emptyTitle })).toBeVisible();
  }

  async openAdd(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.loans.add }).first().click();
    await expect(this.drawer.getByRole('heading', { name: this.m.loanForm.titleAdd })).toBeVisible();
  }

  async fillForm(loan: LoanFields): Promise<void> {
    const d = this.drawer;
    await d.getByLabel(this.m.loanForm.name, { exact: true }).fill(loan.name);
    await d.getByLabel(this.m.loanForm.lender, { exact: true }).fill(loan.lender);
    await d.getByLabel(this.m.loanForm.principal, { exact: true }).fill(loan.principal);
    await d.getByLabel(this.m.loanForm.rate, { exact: true }).fill(loan.rate);
    await d.getByLabel(this.m.loanForm.term, { exact: true }).fill(loan.term);
    if (loan.startDate) {
      const date = d.getByLabel(this.m.loanForm.startDate, { exact: true });
      await date.fill(loan.startDate);
      await date.press('Enter');
      await d.getByRole('heading', { name: this.m.loanForm.titleAdd }).click();
    }
  }

  async submit(): Promise<void> {
    await this.drawer.getByRole('button', { name: this.m.loans.add }).click();
    await expect(this.drawer).toBeHidden();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name }) });
  }
}
