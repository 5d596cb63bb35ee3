// The Collectors page: its tabs, the quick-log form (filled by keyboard: fill, select, Enter), the log's
// entries with findings and evidence, the circle and the dossier with its ZIP download.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { MessageSchema } from '../../../src/renderer/src/i18n/messages/en';

type Tab = keyof MessageSchema['collection']['tabs'];
type Tag = keyof MessageSchema['collection']['tag'];

export interface QuickLogFields {
  /** 'YYYY-MM-DDTHH:mm' in the page's zone. */
  when: string;
  channel?: keyof MessageSchema['collection']['channel'];
  number?: string;
  organisation?: string;
  agent?: string;
  /** The loan's option text (name · lender). */
  loan?: string;
  /** An existing person's option text ("Mum (Parent)"), or { newAlias } to add one inline. */
  person?: string | { newAlias: string };
  answered?: boolean;
  duration?: string;
  summary?: string;
  tags?: Tag[];
  /** Press "Same as last time" before filling the rest. */
  sameAsLast?: boolean;
}

export class CollectorsPage {
  constructor(
    private readonly page: Page,
    private readonly m: MessageSchema,
  ) {}

  get form(): Locator {
    return this.page.getByTestId('quick-log');
  }

  get entries(): Locator {
    return this.page.getByTestId('contact-entry');
  }

  get people(): Locator {
    return this.page.getByTestId('circle-person');
  }

  get summary(): Locator {
    return this.page.getByTestId('collection-summary');
  }

  get dossierFrame(): Locator {
    return this.page.getByTestId('dossier-frame');
  }

  async openTab(tab: Tab): Promise<void> {
    await this.page.getByRole('tab', { name: this.m.collection.tabs[tab] }).click();
    await expect(this.page.getByRole('tab', { name: this.m.collection.tabs[tab] })).toHaveAttribute('aria-selected', 'true');
  }

  /** Fills the quick-log form and saves it with Enter; resolves once the new entry is listed. */
  async logContact(fields: QuickLogFields): Promise<void> {
    const f = this.m.collection.form;
    const before = await this.entries.count();
    const form = this.form;
    await expect(form.getByLabel(f.when)).toBeFocused();
    if (fields.sameAsLast) await form.getByRole('button', { name: f.same }).click();
    await form.getByLabel(f.when).fill(fields.when);
    if (fields.channel) await form.getByLabel(f.channel, { exact: true }).selectOption(fields.channel);
    if (fields.number !== undefined) await form.getByLabel(f.number).fill(fields.number);
    if (fields.organisation !== undefined) await form.getByLabel(f.organisation).fill(fields.organisation);
    if (fields.agent !== undefined) await form.getByLabel(f.agent).fill(fields.agent);
    if (fields.loan) await form.getByLabel(f.loan, { exact: true }).selectOption({ label: fields.loan });
    if (typeof fields.person === 'string') await form.getByLabel(f.target).selectOption({ label: fields.person });
    if (typeof fields.person === 'object') {
      await form.getByLabel(f.target).selectOption('new');
      await form.getByLabel(f.newAlias).fill(fields.person.newAlias);
    }
    if (fields.answered === false) await form.getByLabel(f.answered).uncheck();
    if (fields.duration !== undefined) await form.getByLabel(f.duration).fill(fields.duration);
    if (fields.summary !== undefined) await form.getByLabel(f.summary).fill(fields.summary);
    for (const tag of fields.tags ?? []) await form.getByRole('checkbox', { name: this.m.collection.tag[tag], exact: true }).check();
    await form.getByLabel(f.organisation).press('Enter');
    await expect(this.entries).toHaveCount(before + 1);
    await expect(form.getByLabel(f.when)).toBeFocused();
  }

  /** The entry whose text contains `text`. */
  entry(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }

  finding(entry: Locator, ruleId: string): Locator {
    return entry.locator(`[data-rule="${ruleId}"]`);
  }

  async attach(entry: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await entry.getByTestId('evidence-file').setInputFiles(file);
    await expect(entry.getByTestId('evidence-item').filter({ hasText: file.name })).toBeVisible();
  }

  async buildDossier(organisation: string): Promise<void> {
    await this.page.getByLabel(this.m.collection.dossier.organisation).selectOption(organisation);
    await this.page.getByRole('button', { name: this.m.collection.dossier.build }).click();
    await expect(this.dossierFrame).toBeVisible();
  }

  async exportZip(): Promise<Download> {
    const waiting = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: this.m.collection.dossier.exportZip }).click();
    return waiting;
  }
}
