// The unlocked app's frame: sidebar navigation and the lock button.
import { expect, type Page } from '@playwright/test';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

type Section = 'overview' | 'loans' | 'reminders' | 'collectors' | 'settings';

export class AppShellPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('navigation', { name: this.m.nav.label })).toBeVisible();
  }

  async open(section: Section): Promise<void> {
    await this.page.getByRole('navigation', { name: this.m.nav.label }).getByRole('link', { name: this.m.nav[section] }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.m[section].title })).toBeVisible();
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: this.m.shell.lock }).click();
  }
}
