// `npm test`: typecheck, lint, build, unit tests, end-to-end tests, in that order and all of them even
// after a failure, then one table and one closing line `N passed, N failed, N skipped` for CI to read.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const VITEST_JSON = join(results, 'vitest.json');
const PLAYWRIGHT_JSON = join(results, 'playwright.json');
const isWindows = process.platform === 'win32';

function bin(name) {
  return join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);
}

function run(command, args) {
  return new Promise((resolveRun) => {
    const started = Date.now();
    const child = spawn(bin(command), args, { cwd: root, stdio: 'inherit', shell: isWindows });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolveRun({ code: 1, seconds: (Date.now() - started) / 1000 });
    });
    child.on('exit', (code, signal) => resolveRun({ code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Vitest's JSON (Jest-shaped): per-test statuses, plus files that failed before any test ran. */
function countVitest(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, skippedTitles: [] };
  for (const file of report.testResults ?? []) {
    const fileName = relative(root, file.name ?? '');
    let failedInFile = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') {
        counts.failed += 1;
        failedInFile += 1;
      } else {
        counts.skipped += 1;
        counts.skippedTitles.push(`${fileName} › ${[...(test.ancestorTitles ?? []), test.title].join(' › ')}`);
      }
    }
    // A file that cannot load (syntax error, failing hook) has no failed tests but must still count.
    if (file.status === 'failed' && failedInFile === 0) counts.failed += 1;
  }
  return counts;
}

/** Playwright's JSON: walk the suites for each test's outcome and any skip reason. */
function countPlaywright(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, skippedTitles: [] };
  const walk = (suite, path) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const title = [test.projectName, ...here, spec.title].filter(Boolean).join(' › ');
        if (test.status === 'expected' || test.status === 'flaky') counts.passed += 1;
        else if (test.status === 'skipped') {
          const reason = (test.annotations ?? []).find((a) => a.type === 'skip' || a.type === 'fixme')?.description;
          counts.skipped += 1;
          counts.skippedTitles.push(reason ? `${title} (${reason})` : title);
        } else counts.failed += 1;
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  // Errors outside any test (config, global setup, a spec file that does not load).
  counts.failed += (report.errors ?? []).length;
  return counts;
}

const steps = [];

async function commandStep(name, command, args) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const { code, seconds } = await run(command, args);
  const step = { name, ok: code === 0, seconds, note: code === 0 ? '' : `exit code ${code}` };
  steps.push(step);
  return step;
}

async function testStep(name, command, args, jsonPath, count) {
  rmSync(jsonPath, { force: true });
  const step = await commandStep(name, command, args);
  const report = readJson(jsonPath);
  if (!report) {
    step.counts = { passed: 0, failed: 1, skipped: 0, skippedTitles: [] };
    step.ok = false;
    step.note = `no report at ${relative(root, jsonPath)} (${step.note || 'the run did not finish'})`;
    return;
  }
  step.counts = count(report);
  // A runner that exits non-zero with no failed test (e.g. "no tests found") still failed.
  if (!step.ok && step.counts.failed === 0) step.counts.failed = 1;
  if (step.counts.failed > 0) step.ok = false;
}

mkdirSync(results, { recursive: true });
const startedAll = Date.now();

await commandStep('typecheck', 'vue-tsc', ['--build']);
await commandStep('lint', 'eslint', ['--max-warnings', '0', '.']);
const build = await commandStep('build', 'electron-vite', ['build']);
await testStep(
  'unit',
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
  VITEST_JSON,
  countVitest,
);
if (build.ok && existsSync(join(root, 'out/renderer/index.html'))) {
  await testStep('e2e', 'playwright', ['test'], PLAYWRIGHT_JSON, countPlaywright);
} else {
  console.log('\n━━ e2e: not run, because the build failed (the tests need out/renderer).');
  steps.push({ name: 'e2e', ok: false, seconds: 0, note: 'not run: the build failed' });
}

let passed = 0;
let failed = 0;
let skipped = 0;
const skippedTitles = [];
console.log('\n━━ Summary');
console.log(`${'step'.padEnd(10)} ${'result'.padEnd(7)} ${'time'.padStart(7)}  ${'passed'.padStart(6)} ${'failed'.padStart(6)} ${'skipped'.padStart(7)}  note`);
for (const step of steps) {
  const c = step.counts;
  if (c) {
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
    skippedTitles.push(...c.skippedTitles);
  } else if (!step.ok) {
    // typecheck, lint, build, or e2e that could not run: one failure each.
    failed += 1;
  }
  console.log(
    [
      step.name.padEnd(10),
      (step.ok ? 'ok' : 'FAILED').padEnd(7),
      `${step.seconds.toFixed(1)}s`.padStart(7),
      ' ',
      String(c ? c.passed : '-').padStart(6),
      String(c ? c.failed : step.ok ? '-' : 1).padStart(6),
      String(c ? c.skipped : '-').padStart(7),
      ' ',
      step.note,
    ].join(' '),
  );
}
console.log(`total time ${((Date.now() - startedAll) / 1000).toFixed(1)}s`);
if (skippedTitles.length > 0) {
  console.log(`\nSkipped (${skippedTitles.length}):`);
  for (const title of skippedTitles) console.log(`  - ${title}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = steps.every((s) => s.ok) ? 0 : 1;
