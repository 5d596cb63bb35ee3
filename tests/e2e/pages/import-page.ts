// The import and export page: the CSV wizard's three steps (file, columns, check) and its outcome,
// found by the words a user sees, in whichever language the page is in.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ImportKind } from '../../../src/contract/transfer';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

export class ImportPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get stepTitle(): Locator {
    return this.page.getByTestId('import-step-title');
  }

  get issues(): Locator {
    return this.page.getByTestId('import-issues');
  }

  get importButton(): Locator {
    return this.page.getByRole('button', { name: this.m.transfer.preview.import, exact: true });
  }

  get result(): Locator {
    return this.page.getByTestId('import-done');
  }

  /** From the Loans page: the "Import / export" button. */
  async openFromLoans(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.loans.importExport }).click();
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: this.m.transfer.title })).toBeVisible();
    await expect(this.stepTitle).toContainText(this.m.transfer.steps.source);
  }

  async chooseKind(kind: ImportKind): Promise<void> {
    await this.page.getByRole('radio', { name: this.m.transfer.source.kind[kind] }).check();
  }

  /** Chooses a CSV file (UTF-8) as the file input would receive it. */
  async chooseFile(name: string, content: string): Promise<void> {
    await this.page
      .getByLabel(this.m.transfer.source.file, { exact: true })
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
    await expect(this.page.getByText(this.m.transfer.source.chosen.replace('{name}', name))).toBeVisible();
  }

  async toMapping(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.transfer.source.next }).click();
    await expect(this.stepTitle).toContainText(this.m.transfer.steps.mapping);
    await expect(this.page.getByTestId('import-mapping')).toBeVisible();
  }

  async toPreview(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.transfer.mapping.next }).click();
    await expect(this.stepTitle).toContainText(this.m.transfer.steps.preview);
  }

  /** Back from the preview to the first step, to choose another file. */
  async backToSource(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.common.back, exact: true }).click();
    await expect(this.stepTitle).toContainText(this.m.transfer.steps.mapping);
    await this.page.getByRole('button', { name: this.m.common.back, exact: true }).click();
    await expect(this.stepTitle).toContainText(this.m.transfer.steps.source);
  }

  async commit(): Promise<void> {
    await expect(this.importButton).toBeEnabled();
    await this.importButton.click();
    await expect(this.result).toBeVisible();
  }

  async goToLoans(): Promise<void> {
    await this.page.getByRole('link', { name: this.m.transfer.result.toLoans }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.m.loans.title })).toBeVisible();
  }

  async backToLoans(): Promise<void> {
    await this.page.getByRole('link', { name: this.m.transfer.backToLoans }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.m.loans.title })).toBeVisible();
  }
}
