// The reminder surfaces: the bell and its drawer (notification centre), the toasts, the "while you
// were away" dialog and the Reminders page with its tabs and calendar export.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

type Tab = keyof MessageSchema['reminders']['tabs'];

export class RemindersPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get bell(): Locator {
    return this.page.getByTestId('reminder-bell');
  }

  get toasts(): Locator {
    return this.page.getByTestId('reminder-toast');
  }

  get centre(): Locator {
    return this.page.getByTestId('reminder-centre');
  }

  get awayDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByTestId('away-got-it') });
  }

  get awayItems(): Locator {
    return this.page.getByTestId('away-item');
  }

  get awayGroups(): Locator {
    return this.page.getByTestId('away-group');
  }

  /** Closes every reminder toast with its own close button (one that times out meanwhile is fine too). */
  async closeToasts(): Promise<void> {
    const close = this.page.locator('.n-notification').filter({ has: this.toasts }).locator('.n-base-close');
    for (let i = 0; i < 5 && (await close.count()) > 0; i += 1) {
      await close.first().click({ timeout: 2_000 }).catch(() => undefined);
    }
    await expect(this.toasts).toHaveCount(0);
  }

  /** Opens the centre's drawer from the bell. */
  async openCentre(): Promise<void> {
    await this.bell.click();
    await expect(this.page.getByRole('dialog').getByText(this.m.reminders.centre.title)).toBeVisible();
  }

  async closeCentre(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.centre).toBeHidden();
    // The drawer's mask fades out after its content; a click before then lands on the mask.
    await expect(this.page.locator('.n-drawer-mask')).toHaveCount(0);
  }

  /** The occurrence ids listed in the "while you were away" dialog, in order. */
  async awayIds(): Promise<string[]> {
    return this.awayItems.evaluateAll((items) => items.map((item) => item.getAttribute('data-reminder-id') ?? ''));
  }

  async gotIt(): Promise<void> {
    await this.page.getByTestId('away-got-it').click();
    await expect(this.awayDialog).toBeHidden();
  }

  async openTab(tab: Tab): Promise<void> {
    await this.page.getByRole('tab', { name: this.m.reminders.tabs[tab] }).click();
  }

  /** Downloads the .ics from the settings tab; resolves with the file's text. */
  async exportIcs(): Promise<{ name: string; text: string }> {
    await this.openTab('settings');
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-ics').click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
