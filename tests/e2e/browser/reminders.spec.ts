// Reminders end to end on a test clock: the 3-day reminder arrives as a toast and in the centre, a
// 25-day absence shows every missed reminder once, grouped by loan, until "Got it", and the calendar
// export downloads a real .ics. Screenshots of the page, the centre and the away dialog in both
// languages, light and dark.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { LoanInput } from '../../../src/contract/loans';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY } from '../../../src/core/loans/types';
import { expect, startWebHost, test, writeClock } from '../fixtures/web-host';
import { call, seedLoan } from '../pages/api-seed';
import { AppShellPage } from '../pages/app-shell-page';
import { FirstRunPage } from '../pages/first-run-page';
import { fill, messagesFor, shootTidy, type UiLanguage } from '../pages/messages';
import { RemindersPage } from '../pages/reminders-page';

const PASSPHRASE = 'quiet river lantern 42';
const ZONE = 'Asia/Shanghai';
/** 08:59 in Shanghai on 2 March: a minute before the 3-day reminder for a payment due on 5 March. */
const START = '2026-03-02T00:59:00Z';
const REMINDER_FIRED = '2026-03-02T01:00:30Z';
/** 25 days later. */
const BACK = '2026-03-27T01:00:30Z';

function loan(language: UiLanguage): LoanInput {
  return {
    name: language === 'zh-CN' ? '消费分期' : 'Phone installment plan',
    lender: language === 'zh-CN' ? '某消费金融公司' : 'QuickCredit Consumer Finance',
    terms: {
      method: 'annuity',
      principal: 1_200_000,
      startDate: '2026-02-05',
      termPeriods: 12,
      frequency: 'monthly',
      rate: { ppm: 239_900, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
      fees: [],
      penalty: NO_PENALTY,
      allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    },
  };
}

const RAW_KEY = /\breminders\.[a-zA-Z]+\.[a-zA-Z]+/;

/** Light and dark shots of what is on screen now, after checking it fits 960 px and shows no raw key. */

/** Moves both clocks: the backend's file and the page's timers; the page's 30-second poll then runs. */
async function moveTo(page: Page, clockFile: string, instant: string): Promise<void> {
  await writeClock(clockFile, instant, ZONE);
  await page.clock.setSystemTime(new Date(instant));
  await page.clock.fastForward(30_000);
}

for (const language of ['zh-CN', 'en'] as const satisfies readonly UiLanguage[]) {
  test.describe(`reminders in ${language}`, () => {
    test.use({ locale: language, timezoneId: ZONE, viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });

    test('a due reminder, the away panel after 25 days, and the .ics export', async ({ page, dataDir }, testInfo) => {
      const m = messagesFor(language);
      const clockFile = join(dataDir, 'clock.json');
      await writeClock(clockFile, START, ZONE);
      await page.clock.install({ time: new Date(START) });
      const host = await startWebHost({ dataDir, clockFile });
      const reminders = new RemindersPage(page, m);
      const shell = new AppShellPage(page, m);
      try {
        await page.goto(host.url);
        const firstRun = new FirstRunPage(page, m);
        await firstRun.createVault(PASSPHRASE);
        await firstRun.confirmSaved();
        await shell.expectShown();
        const seeded = await seedLoan(page.request, host.url, loan(language));
        const name = seeded.name;
        await page.reload();
        await shell.expectShown();

        // 09:00:30 local: the 3-day reminder is due; the next poll shows it.
        await moveTo(page, clockFile, REMINDER_FIRED);
        await expect(reminders.toasts).toHaveCount(1);
        await reminders.closeToasts();
        await expect(reminders.bell).toHaveAccessibleName(fill(m.reminders.centre.buttonCount, { count: 1 }));
        await reminders.openCentre();
        const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(3, 'day');
        const row = reminders.centre.getByTestId('reminder-item');
        await expect(row).toHaveCount(1);
        await expect(row).toContainText(name);
        await expect(row).toContainText(fill(m.reminders.what.beforeDue, { relative }));
        await shootTidy(page, testInfo, `reminders-centre.${language}`, RAW_KEY);
        await reminders.closeCentre();

        await shell.open('reminders');
        await expect(page.getByTestId('reminders-upcoming')).toContainText(name);
        await shootTidy(page, testInfo, `reminders-upcoming.${language}`, RAW_KEY);
        await reminders.openTab('calendar');
        await expect(page.getByTestId('reminder-calendar').locator('[data-date="2026-03-05"]')).toContainText(name);
        await shootTidy(page, testInfo, `reminders-calendar.${language}`, RAW_KEY);
        await reminders.openTab('settings');
        await expect(page.getByTestId('reminder-settings')).toBeVisible();
        await shootTidy(page, testInfo, `reminders-settings.${language}`, RAW_KEY);

        // 25 days away: every reminder missed meanwhile, once each, grouped by loan.
        await moveTo(page, clockFile, BACK);
        await expect(reminders.awayDialog).toBeVisible();
        await expect(reminders.awayGroups).toHaveCount(1);
        await expect(reminders.awayGroups.first()).toContainText(name);
        const ids = await reminders.awayIds();
        const fromApi = await call(page.request, host.url, 'reminders.overview', {});
        const expected = fromApi.away.flatMap((group) => group.items.map((item) => item.id));
        expect(ids).toEqual(expected);
        expect(new Set(ids).size).toBe(ids.length);
        const loanId = seeded.id;
        for (const id of [`${loanId}:1:before-due:1`, `${loanId}:1:due-today:0`, `${loanId}:1:overdue:1`, `${loanId}:1:overdue:3`]) {
          expect(ids).toContain(id);
        }
        expect(ids).not.toContain(`${loanId}:1:before-due:3`);
        await expect(reminders.awayDialog).toContainText(m.reminders.away.overdue);
        await shootTidy(page, testInfo, `reminders-away.${language}`, RAW_KEY);
        await reminders.gotIt();

        await page.clock.fastForward(30_000);
        await page.reload();
        await shell.expectShown();
        await page.clock.fastForward(30_000);
        await expect(page.getByRole('heading', { level: 1, name: m.reminders.title })).toBeVisible();
        await expect(reminders.awayDialog).toBeHidden();
        expect((await call(page.request, host.url, 'reminders.overview', {})).away).toEqual([]);

        const ics = await reminders.exportIcs();
        expect(ics.name).toMatch(/\.ics$/);
        expect(ics.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
      } finally {
        await host.stop();
      }
    });
  });
}
