// The loan page's "If a payment is missed" section: its stages by kind, their dates, and the edit dialog
// where a stage's days are changed. Controls are found by the words a user sees.
import { expect, type Locator, type Page } from '@playwright/test';
import type { EscalationStageKind } from '../../../src/core/escalation/types';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

export class EscalationSection {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get root(): Locator {
    return this.page.getByTestId('escalation');
  }

  /** The card the loan page puts the section in, for screenshots. */
  get card(): Locator {
    return this.root.locator('xpath=..');
  }

  get heading(): Locator {
    return this.root.getByTestId('escalation-heading');
  }

  stage(kind: EscalationStageKind): Locator {
    return this.root.locator(`[data-stage="${kind}"]`);
  }

  stageDate(kind: EscalationStageKind): Locator {
    return this.stage(kind).getByTestId('stage-date');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.m.escalation.dialog.title });
  }

  async expectShown(): Promise<void> {
    await expect(this.root.getByRole('heading', { name: this.m.escalation.title })).toBeVisible();
    await expect(this.heading).toBeVisible();
  }

  async openEdit(): Promise<void> {
    await this.root.getByRole('button', { name: this.m.escalation.edit }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Types the days for the stage whose label is `stageLabel` and saves with Enter. */
  async setDays(stageLabel: string, days: number): Promise<void> {
    await this.openEdit();
    const field = this.dialog.getByLabel(stageLabel, { exact: true });
    await field.fill(String(days));
    await field.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}
