// The first-run screen: create the vault, read the recovery key, confirm it was written down.
import { expect, type Locator, type Page } from '@playwright/test';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

export class FirstRunPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.m.firstRun.title });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Creates the vault and returns the recovery key as shown (groups joined by "-"). */
  async createVault(passphrase: string): Promise<string> {
    await this.page.getByLabel(this.m.firstRun.passphrase, { exact: true }).fill(passphrase);
    await this.page.getByLabel(this.m.firstRun.confirm, { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: this.m.firstRun.create }).click();
    await expect(this.page.getByRole('heading', { name: this.m.firstRun.recoveryTitle })).toBeVisible();
    const key = await this.page.getByTestId('recovery-key').getAttribute('aria-label');
    expect(key).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    return key ?? '';
  }

  /** Continue stays disabled until the "written down" box is ticked. */
  async confirmSaved(): Promise<void> {
    const done = this.page.getByRole('button', { name: this.m.firstRun.done });
    await expect(done).toBeDisabled();
    await this.page.getByText(this.m.firstRun.confirmSaved).click();
    await expect(done).toBeEnabled();
    await done.click();
  }
}
