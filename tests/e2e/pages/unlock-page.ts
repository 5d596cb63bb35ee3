// The unlock screen: passphrase (or recovery key), Enter submits, a wrong one shows an inline error.
import { expect, type Locator, type Page } from '@playwright/test';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

export class UnlockPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.m.unlock.title });
  }

  get error(): Locator {
    return this.page.getByTestId('unlock-error');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Types the passphrase and presses Enter. */
  async submitPassphrase(passphrase: string): Promise<void> {
    const field = this.page.getByLabel(this.m.unlock.passphrase, { exact: true });
    await field.fill(passphrase);
    await field.press('Enter');
  }

  async expectWrongSecret(): Promise<void> {
    await expect(this.error).toHaveText(this.m.errors.WRONG_SECRET);
    await this.expectShown();
  }

  async useRecoveryKey(key: string): Promise<void> {
    await this.page.getByRole('button', { name: this.m.unlock.useRecovery }).click();
    const field = this.page.getByLabel(this.m.unlock.recoveryKey, { exact: true });
    await field.fill(key);
    await field.press('Enter');
  }
}
