// End-to-end tests: the browser-mode host driven through Debian's Chromium (the Playwright browser
// download does not work here), plus an Electron smoke project whose specs skip when no binary exists.
import { defineConfig } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export default defineConfig({
  // Playwright empties outputDir before each run, so it must not be test-results/ itself: the unit
  // tests' JSON report lives there too.
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Two cores here: one worker per core, each with its own host, data folder and browser.
  workers: 2,
  // Tests are independent (own data folder, host and page), so both cores take tests even from one file.
  fullyParallel: true,
  retries: 0,
  forbidOnly: true,
  // Every unlock runs scrypt (about half a second) and a restart spawns a fresh host.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    { name: 'browser', testDir: 'tests/e2e/browser' },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
});
