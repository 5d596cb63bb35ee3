// `npm run bench`: how long the loan engine takes for the work the app does most: a 360-month schedule,
// its true cost (IRR), a full recompute of 100 loans, and the reminder engine's part of each tick. Median and p95 per metric, printed as a table
// and written to bench/results/bench.json with stable metric names, so runs can be compared.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { irrPeriodic } from '../src/core/cost/irr';
import { DEFAULT_LPR } from '../src/core/cost/lpr-defaults';
import { rateWarnings } from '../src/core/cost/rate-warnings';
import { periodicFlows, trueCost } from '../src/core/cost/true-cost';
import { loanCashFlows } from '../src/core/cost/cash-flows';
import { computeLedger } from '../src/core/loans/ledger';
import { buildSchedule } from '../src/core/loans/schedule';
import { AS_OF, mortgage, variedLoans, type BenchLoan } from './loans';
import { absenceCatchUp, reminderLoans, tickCatchUp, timetable } from './reminders';

interface Metric {
  name: string;
  iterations: number;
  median: number;
  p95: number;
}

/** Sorted-sample percentile, nearest rank. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Runs `work` `warmup` times unmeasured (so the JIT has settled), then `iterations` times measured. */
function measure(name: string, work: () => unknown, iterations: number, warmup = Math.ceil(iterations / 5)): Metric {
  let sink = 0;
  for (let i = 0; i < warmup; i += 1) sink += work() === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    sink += work() === undefined ? 0 : 1;
    samples.push(performance.now() - started);
  }
  if (sink < 0) console.log(sink);
  samples.sort((a, b) => a - b);
  return { name, iterations, median: percentile(samples, 50), p95: percentile(samples, 95) };
}

function recompute(loans: BenchLoan[]): number {
  let warnings = 0;
  for (const loan of loans) {
    const schedule = buildSchedule(loan.terms);
    computeLedger(loan.terms, loan.payments, AS_OF);
    const cost = trueCost(loan.terms, schedule);
    warnings += rateWarnings({ ...loan, cost, lpr: DEFAULT_LPR }).length;
  }
  return warnings;
}

function flowsOf(method: 'annuity' | 'equal-principal'): number[] {
  const terms = mortgage(method);
  const grid = periodicFlows(loanCashFlows(terms, buildSchedule(terms)), terms.startDate, terms.frequency);
  if (grid === null) throw new Error('the textbook loan should sit on the monthly grid');
  return grid;
}

function run(): Metric[] {
  const metrics: Metric[] = [];
  for (const method of ['annuity', 'equal-principal'] as const) {
    const terms = mortgage(method);
    const schedule = buildSchedule(terms);
    const flows = flowsOf(method);
    metrics.push(measure(`schedule.${method}.360`, () => buildSchedule(terms), 200));
    metrics.push(measure(`irr.${method}.360`, () => irrPeriodic(flows), 500));
    metrics.push(measure(`true-cost.${method}.360`, () => trueCost(terms, schedule), 200));
  }
  // The same annuity with its first due date off the monthly grid: the IRR is solved on ~10 950 days.
  const offGrid = { ...mortgage('annuity'), firstDueDate: '2026-03-01', dueDay: 1 };
  const offGridSchedule = buildSchedule(offGrid);
  metrics.push(measure('true-cost.annuity-daily.360', () => trueCost(offGrid, offGridSchedule), 200));
  const loans = variedLoans(100);
  metrics.push(measure('recompute.100-loans', () => recompute(loans), 30, 5));
  const reminders = reminderLoans(loans);
  metrics.push(measure('reminders.tick-catch-up.100-loans', () => tickCatchUp(reminders), 100));
  metrics.push(measure('reminders.timetable-60-days.100-loans', () => timetable(reminders), 50));
  metrics.push(measure('reminders.catch-up-25-days.100-loans', () => absenceCatchUp(reminders), 50));
  return metrics;
}

function report(metrics: Metric[]): void {
  const rows = metrics.map((m) => [m.name, m.median.toFixed(3), m.p95.toFixed(3), String(m.iterations)]);
  const header = ['metric', 'median ms', 'p95 ms', 'runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));

  const results: Record<string, number> = {};
  for (const m of metrics) {
    results[`${m.name}.median_ms`] = Number(m.median.toFixed(4));
    results[`${m.name}.p95_ms`] = Number(m.p95.toFixed(4));
  }
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'bench.json');
  mkdirSync(dirname(out), { recursive: true });
  const environment = { node: process.version, platform: process.platform, arch: process.arch, cpu: cpus()[0]?.model ?? 'unknown' };
  const iterations = Object.fromEntries(metrics.map((m) => [m.name, m.iterations]));
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), environment, iterations, metrics: results }, null, 2)}\n`);
  console.log(`\nwritten to ${out}`);
}

report(run());
