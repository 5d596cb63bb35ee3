// CSV import end to end in browser mode, in both languages: a loans file with one bad row imports
// nothing (the loans list stays as it was) and the message names the row and column; the fixed file
// imports every loan, and the loans CSV export downloads them. Screenshots of the mapping and preview
// steps go to test-results/e2e/docs-shots, or to docs/screenshots with QL_UPDATE_DOCS=1 (so a test run
// never leaves the working tree changed).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startWebHost, test, expect } from '../fixtures/web-host';
import { seedLoan } from '../pages/api-seed';
import { AppShellPage } from '../pages/app-shell-page';
import { FirstRunPage } from '../pages/first-run-page';
import { ImportPage } from '../pages/import-page';
import { fill, messagesFor, snap, type UiLanguage } from '../pages/messages';

const PASSPHRASE = 'quiet river lantern 42';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCREENSHOTS = join(REPO_ROOT, process.env['QL_UPDATE_DOCS'] === '1' ? 'docs/screenshots' : 'test-results/e2e/docs-shots');

interface Sample {
  seeded: string;
  header: string;
  good: [string, string];
  bad: string;
  principalColumn: string;
}

const SAMPLES: Record<UiLanguage, Sample> = {
  'zh-CN': {
    seeded: '房贷',
    header: '名称,出借方,还款方式,本金,年利率,期数,开始日期',
    good: ['车贷,某银行,等额本息,120000,4.9,36,2025-01-15', '手机分期,某消费金融公司,等额本金,"6,000.00",12,12,2025-03-01'],
    bad: '手机分期,某消费金融公司,等额本金,"12,3a",12,12,2025-03-01',
    principalColumn: '本金',
  },
  en: {
    seeded: 'Mortgage',
    header: 'Name,Lender,Method,Principal,Rate,Term,Start date',
    good: ['Car loan,Harbor Bank,annuity,120000,4.9,36,2025-01-15', 'Phone plan,QuickCredit,equal-principal,"6,000.00",12,12,2025-03-01'],
    bad: 'Phone plan,QuickCredit,equal-principal,"12,3a",12,12,2025-03-01',
    principalColumn: 'Principal',
  },
};

function csv(sample: Sample, rows: string[]): string {
  return `${[sample.header, ...rows].join('\n')}\n`;
}

/** At the minimum window size (960×640) neither the page nor the content area scrolls sideways. */
async function expectNoSideScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 960, height: 640 });
  const overflow = await page.evaluate(() =>
    [document.documentElement, document.getElementById('main')].map((el) => (el ? el.scrollWidth - el.clientWidth : 0)),
  );
  expect(overflow, 'no horizontal scroll at 960×640 (page, content area)').toEqual([0, 0]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The content area scrolls inside the window, so a taller window shows the whole step. */
async function shot(page: Page, name: string, language: UiLanguage): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 1040 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.${language}.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

for (const language of ['zh-CN', 'en'] as const satisfies readonly UiLanguage[]) {
  test.describe(`CSV import in ${language}`, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });

    test('a file with one bad row imports nothing and names the row; the fixed file imports', async ({ page, dataDir }, testInfo) => {
      const m = messagesFor(language);
      const sample = SAMPLES[language];
      const shell = new AppShellPage(page, m);
      const importer = new ImportPage(page, m);
      const host = await startWebHost({ dataDir });
      try {
        await page.goto(host.url);
        const firstRun = new FirstRunPage(page, m);
        await firstRun.expectShown();
        await firstRun.createVault(PASSPHRASE);
        await firstRun.confirmSaved();
        await seedLoan(page.request, host.url, {
          name: sample.seeded,
          lender: language === 'zh-CN' ? '招商银行' : 'Harbor Bank',
          terms: {
            method: 'annuity',
            principal: 100_000_000,
            startDate: '2024-03-15',
            termPeriods: 360,
            rate: { ppm: 49_000, unit: 'year' },
          },
        });

        await shell.open('loans');
        const rows = page.getByRole('row');
        await expect(page.getByRole('link', { name: sample.seeded })).toBeVisible();
        const rowsBefore = await rows.count();

        await importer.openFromLoans();
        await importer.chooseFile('loans-bad.csv', csv(sample, [sample.good[0], sample.bad]));
        await importer.toMapping();
        await expectNoSideScroll(page);
        await shot(page, 'import-mapping', language);
        await snap(page, testInfo, 'import-mapping');
        await importer.toPreview();

        const named = fill(m.transfer.issue.cellValue, {
          row: 3,
          column: sample.principalColumn,
          problem: m.transfer.problem.amount,
          value: '12,3a',
        });
        await expect(importer.issues).toContainText(named);
        await expect(page.getByTestId('import-row-count')).toHaveText(fill(m.transfer.preview.rows, { count: 2 }));
        await expect(importer.importButton).toBeDisabled();
        await expectNoSideScroll(page);
        await shot(page, 'import-preview', language);
        await snap(page, testInfo, 'import-preview');

        await importer.backToLoans();
        await expect(page.getByRole('link', { name: sample.seeded })).toBeVisible();
        await expect(rows).toHaveCount(rowsBefore);
        await expect(page.getByRole('link', { name: sample.good[0].split(',')[0] ?? '' })).toHaveCount(0);

        await importer.openFromLoans();
        await importer.chooseFile('loans-bad.csv', csv(sample, [sample.good[0], sample.bad]));
        await importer.toMapping();
        await importer.toPreview();
        await expect(importer.issues).toContainText(named);
        await importer.backToSource();
        await importer.chooseFile('loans-fixed.csv', csv(sample, sample.good));
        await importer.toMapping();
        await importer.toPreview();
        await expect(page.getByTestId('import-ready')).toHaveText(m.transfer.preview.noIssues);
        await importer.commit();
        await expect(importer.result).toContainText(fill(m.transfer.result.loans, { count: 2 }));
        await snap(page, testInfo, 'import-done');

        await importer.goToLoans();
        for (const line of sample.good) {
          await expect(page.getByRole('link', { name: line.split(',')[0] ?? '' })).toBeVisible();
        }
        await expect(rows).toHaveCount(rowsBefore + 2);

        await page.getByRole('button', { name: m.loans.importExport }).click();
        await page.getByRole('tab', { name: m.transfer.tabExport }).click();
        await expect(page.getByTestId('export-warning')).toContainText(m.transfer.export.warning);
        await expectNoSideScroll(page);
        await snap(page, testInfo, 'export');
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: m.transfer.export.loansCsv }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/\.csv$/);
        const exported = await readFile(await file.path(), 'utf8');
        for (const line of sample.good) expect(exported).toContain(line.split(',')[0] ?? '');

        await shell.open('settings');
        await expect(page.getByTestId('lpr-table')).toContainText(m.transfer.lpr.purpose);
        await expectNoSideScroll(page);
        await page.getByTestId('lpr-table').scrollIntoViewIfNeeded();
        await snap(page, testInfo, 'settings-lpr');
      } finally {
        await host.stop();
      }
    });
  });
}
