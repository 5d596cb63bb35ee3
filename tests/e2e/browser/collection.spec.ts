// Collectors end to end in browser mode, in both languages: three contacts logged by keyboard, one a
// 22:30 call to Mum that disclosed the debt, flagged under CN with its citation; an image attached and
// previewed; Mum shown as reached; a dossier built and exported as a ZIP whose SHA256SUMS verifies; the
// report printed to PDF by Chromium and rasterised with pdftoppm. Screenshots light and dark.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { LoanInput } from '../../../src/contract/loans';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY } from '../../../src/core/loans/types';
import { expect, startWebHost, test } from '../fixtures/web-host';
import { call, seedLoan } from '../pages/api-seed';
import { AppShellPage } from '../pages/app-shell-page';
import { CollectorsPage } from '../pages/collectors-page';
import { FirstRunPage } from '../pages/first-run-page';
import { messagesFor, shootTidy, type UiLanguage } from '../pages/messages';

const PASSPHRASE = 'quiet river lantern 42';
const ZONE = 'Asia/Shanghai';
/** 09:00 in Shanghai on 3 March 2026: the morning after the night call. */
const NOW = new Date('2026-03-03T01:00:00Z');
const ORG = 'Swift Recovery';
/** A valid 2×2 PNG (red, green, blue, white). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC',
  'base64',
);
const RAW_KEY = /\bcollection\.[a-zA-Z]+\.[a-zA-Z]+/;

function loan(language: UiLanguage): LoanInput {
  return {
    name: language === 'zh-CN' ? '网贷' : 'Online loan',
    lender: language === 'zh-CN' ? '某网贷平台' : 'QuickCash',
    terms: {
      method: 'annuity',
      principal: 500_000,
      startDate: '2025-10-05',
      termPeriods: 12,
      frequency: 'monthly',
      rate: { ppm: 239_900, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
      fees: [],
      penalty: NO_PENALTY,
      allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    },
  };
}

/** Light and dark shots of what is on screen now, after checking it fits 960 px and shows no raw key. */

/** Checks every line of SHA256SUMS against the ZIP's files, and that it covers every other file. */
function verifySums(files: Record<string, Uint8Array>): string[] {
  const sums = new TextDecoder().decode(files.SHA256SUMS);
  const lines = sums.trim().split('\n');
  const listed = lines.map((line) => {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, hex = '', path = ''] = match ?? [];
    const bytes = files[path];
    expect(bytes, path).toBeDefined();
    expect(createHash('sha256').update(bytes ?? new Uint8Array()).digest('hex'), path).toBe(hex);
    return path;
  });
  const others = Object.keys(files).filter((path) => path !== 'SHA256SUMS' && !path.endsWith('/'));
  expect([...listed].sort()).toEqual([...others].sort());
  return listed;
}

for (const language of ['zh-CN', 'en'] as const satisfies readonly UiLanguage[]) {
  test.describe(`collectors in ${language}`, () => {
    test.use({ locale: language, timezoneId: ZONE, viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });

    test('log three contacts, see the night call to Mum flagged, export a dossier that verifies', async ({ page, dataDir }, testInfo) => {
      const m = messagesFor(language);
      const c = m.collection;
      await page.clock.setFixedTime(NOW);
      const host = await startWebHost({ dataDir });
      const shell = new AppShellPage(page, m);
      const collectors = new CollectorsPage(page, m);
      try {
        await page.goto(host.url);
        const firstRun = new FirstRunPage(page, m);
        await firstRun.createVault(PASSPHRASE);
        await firstRun.confirmSaved();
        await shell.expectShown();
        const seeded = await seedLoan(page.request, host.url, loan(language));
        await shell.open('collectors');
        await expect(page.getByText(c.log.emptyTitle)).toBeVisible();
        const loanLabel = `${seeded.name} · ${seeded.lender}`;
        const mum = language === 'zh-CN' ? '妈妈' : 'Mum';

        // 1. The night call to Mum that told her about the debt.
        await collectors.logContact({
          when: '2026-03-02T22:30',
          number: '021-5555-0101',
          organisation: ORG,
          agent: 'Agent 07',
          loan: loanLabel,
          person: { newAlias: mum },
          duration: '3:10',
          summary: language === 'zh-CN' ? '对方告诉我妈妈我欠钱不还。' : 'They told my mother I owe money.',
          tags: ['disclosure'],
        });
        // 2. A missed call to me, same caller.
        await collectors.logContact({ when: '2026-03-02T20:05', sameAsLast: true, answered: false });
        // 3. A text message the next morning with a threat.
        await collectors.logContact({
          when: '2026-03-03T08:40',
          sameAsLast: true,
          channel: 'sms',
          summary: language === 'zh-CN' ? '说要上门。' : 'Said they will come to my home.',
          tags: ['threat'],
        });
        await expect(collectors.entries).toHaveCount(3);

        const night = collectors.entries.filter({ has: page.getByTestId('entry-who').filter({ hasText: mum }) });
        await expect(night).toHaveCount(1);
        const time = collectors.finding(night, 'CN-TIME-01');
        const disclosure = collectors.finding(night, 'CN-3P-04');
        await expect(time).toBeVisible();
        await expect(disclosure).toBeVisible();
        await expect(time).toContainText(c.tier['likely-violation']);
        const log = await call(page.request, host.url, 'collection.list', {});
        const expected = log.findings.find((f) => f.ruleId === 'CN-3P-04');
        expect(expected?.jurisdiction).toBe('CN');
        await disclosure.locator('summary').click();
        await expect(disclosure.getByTestId('finding-citation')).toContainText(expected?.citation ?? '—');
        await expect(page.getByTestId('chain-status')).toContainText(c.summary.chainOk);

        // An image, attached and previewed in the app from a blob: URL.
        await collectors.attach(night, { name: 'call-log.png', mimeType: 'image/png', buffer: PNG });
        const sha = createHash('sha256').update(PNG).digest('hex');
        await expect(night.getByTestId('evidence-item')).toContainText(sha.slice(0, 12));
        await night.getByTestId('evidence-preview').click();
        const image = night.getByTestId('evidence-viewer').locator('img');
        await expect(image).toBeVisible();
        expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
        await night.getByRole('button', { name: c.evidence.closePreview }).click();
        await expect(page.locator('.n-message')).toHaveCount(0);
        await collectors.entries.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shootTidy(page, testInfo, `collection-log.${language}`, RAW_KEY);

        // The circle: Mum was reached, with the night call on her timeline and a message to warn her.
        await collectors.openTab('circle');
        const person = collectors.people.filter({ hasText: mum });
        await expect(person.getByTestId('person-reached')).toHaveText(c.circle.reachedTimes.split(' | ')[0] ?? '');
        await expect(person.getByTestId('person-timeline')).toContainText(ORG);
        await expect(person.getByTestId('warn-message')).toHaveValue(new RegExp(mum));
        await shootTidy(page, testInfo, `collection-circle.${language}`, RAW_KEY);

        // The dossier: build, preview, export the ZIP and check SHA256SUMS.
        await collectors.openTab('dossier');
        await collectors.buildDossier(ORG);
        const frame = page.frameLocator('[data-testid="dossier-frame"]');
        await expect(frame.locator('body')).toContainText('CN-3P-04');
        await expect(page.getByTestId('dossier-letter').first()).toBeVisible();
        await expect(page.locator('.n-message')).toHaveCount(0);
        await shootTidy(page, testInfo, `collection-dossier.${language}`, RAW_KEY);
        const download = await collectors.exportZip();
        const zipPath = testInfo.outputPath(`dossier.${language}.zip`);
        await download.saveAs(zipPath);
        const files = unzipSync(new Uint8Array(await readFile(zipPath)));
        const listed = verifySums(files);
        expect(listed).toContain('report.html');
        expect(listed.some((path) => path.startsWith('evidence/') && path.endsWith('call-log.png'))).toBe(true);
        const evidence = Object.entries(files).find(([path]) => path.startsWith('evidence/'))?.[1];
        expect(Buffer.from(evidence ?? new Uint8Array()).equals(PNG)).toBe(true);

        // The report as PDF, rendered by Chromium from the same HTML, then rasterised to look at.
        const dossier = await call(page.request, host.url, 'dossier.build', { organisation: ORG, language });
        const printPage = await page.context().newPage();
        await printPage.setContent(dossier.html);
        const pdf = await printPage.pdf({ format: 'A4', printBackground: true });
        await printPage.close();
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const pdfPath = testInfo.outputPath(`dossier.${language}.pdf`);
        await writeFile(pdfPath, pdf);
        execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, testInfo.outputPath(`dossier-pdf.${language}`)]);
        const withPdf = await call(page.request, host.url, 'dossier.exportZip', { organisation: ORG, language, pdfBase64: pdf.toString('base64') });
        expect(verifySums(unzipSync(new Uint8Array(Buffer.from(withPdf.base64, 'base64'))))).toContain('report.pdf');
      } finally {
        await host.stop();
      }
    });
  });
}
