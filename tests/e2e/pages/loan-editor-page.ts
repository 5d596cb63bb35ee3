// The loan editor page (/loans/new, /loans/:id/edit): fields found by their visible labels, selects and
// dates driven the way a user drives them, the method chosen by its name, custom rows by their labels.
import { expect, type Locator, type Page } from '@playwright/test';
import type { RepaymentMethod } from '../../../src/core/loans/types';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';
import { fill } from './messages';

export interface CustomRowFields {
  dueDate: string;
  principal: string;
  interest?: string;
  fees?: string;
}

export class LoanEditorPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get preview(): Locator {
    return this.page.getByTestId('loan-preview');
  }

  async expectShown(mode: 'add' | 'edit'): Promise<void> {
    const title = mode === 'add' ? this.m.loanEditor.titleAdd : this.m.loanEditor.titleEdit;
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  /** Opens the add page straight from the Loans page. */
  async openFromLoans(): Promise<void> {
    await this.page.getByTestId('add-loan').first().click();
    await this.expectShown('add');
  }

  async fillText(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  /** Types a date into a date field and confirms it, as a keyboard user would. */
  async fillDate(label: string, isoDate: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true });
    await field.fill(isoDate);
    await field.press('Enter');
    await this.page.getByRole('heading', { level: 1 }).click();
    await expect(field).toHaveValue(isoDate);
  }

  /** Opens a select by its label and picks the option with this text. */
  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.locator('.n-base-select-option').filter({ hasText: option }).first().click();
  }

  async fillBasics(name: string, lender: string): Promise<void> {
    await this.fillText(this.m.loanEditor.name, name);
    await this.fillText(this.m.loanEditor.lender, lender);
  }

  async chooseMethod(method: RepaymentMethod): Promise<void> {
    await this.page.locator(`[data-method="${method}"]`).click();
    await expect(this.page.locator(`[data-method="${method}"] input[type="radio"]`)).toBeChecked();
  }

  /** Fills custom row `n` (1-based), adding rows as needed. */
  async fillCustomRow(n: number, row: CustomRowFields): Promise<void> {
    const rows = this.page.locator('table').filter({ has: this.page.getByRole('columnheader', { name: this.m.loanEditor.col.dueDate }) }).locator('tbody tr');
    while ((await rows.count()) < n) await this.page.getByRole('button', { name: this.m.loanEditor.addRow }).click();
    const label = (field: string): string => fill(this.m.loanEditor.rowLabel, { n, field });
    const date = this.page.getByLabel(label(this.m.loanEditor.col.dueDate), { exact: true });
    await date.fill(row.dueDate);
    await date.press('Enter');
    await this.page.getByRole('heading', { level: 1 }).click();
    await this.page.getByLabel(label(this.m.loanEditor.col.principal), { exact: true }).fill(row.principal);
    if (row.interest) await this.page.getByLabel(label(this.m.loanEditor.col.interest), { exact: true }).fill(row.interest);
    if (row.fees) await this.page.getByLabel(label(this.m.loanEditor.col.fees), { exact: true }).fill(row.fees);
  }

  /** Saves and waits for the loan's page. */
  async save(name: string): Promise<void> {
    await this.page.getByTestId('save-loan').click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.page.getByTestId('schedule-table')).toBeVisible();
  }
}
