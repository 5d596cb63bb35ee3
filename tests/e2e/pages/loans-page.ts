// The loans list, and the shortest path through the loan editor for an equal-installments loan (the
// foundation spec's flow): open the editor, fill the basics, save, come back to the list.
import { expect, type Locator, type Page } from '@playwright/test';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';
import { LoanEditorPage } from './loan-editor-page';

export interface LoanFields {
  name: string;
  lender: string;
  principal: string;
  rate: string;
  term: string;
  startDate?: string;
}

export class LoansPage {
  readonly editor: LoanEditorPage;

  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {
    this.editor = new LoanEditorPage(page, m);
  }

  get preview(): Locator {
    return this.editor.preview;
  }

  async expectEmpty(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: this.m.loans.emptyTitle })).toBeVisible();
  }

  async openAdd(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.loans.add }).first().click();
    await this.editor.expectShown('add');
  }

  /** An equal-installments loan (the editor's default method). */
  async fillForm(loan: LoanFields): Promise<void> {
    await this.editor.fillBasics(loan.name, loan.lender);
    await this.editor.fillText(this.m.loanEditor.principal, loan.principal);
    if (loan.startDate) await this.editor.fillDate(this.m.loanEditor.startDate, loan.startDate);
    await this.editor.fillText(this.m.loanEditor.rate, loan.rate);
    await this.editor.fillText(this.m.loanEditor.term, loan.term);
  }

  /** Saves, waits for the new loan's page, then returns to the list. */
  async submit(): Promise<void> {
    const name = await this.page.getByLabel(this.m.loanEditor.name, { exact: true }).inputValue();
    await this.editor.save(name);
    await this.page.getByRole('link', { name: this.m.loanPage.back }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.m.loans.title })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name }) });
  }
}
