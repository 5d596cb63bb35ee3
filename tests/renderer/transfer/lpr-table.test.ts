// @vitest-environment happy-dom
// The LPR table: rows are checked before saving (real date, each date once, a percent, a source) with
// the message under the field in the user's language; saved points are ppm, oldest first; points read
// back as rows and saved again are unchanged.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LprPoint } from '../../../src/core/cost/legal-types';
import SettingsLprTable from '../../../src/renderer/src/components/settings/SettingsLprTable.vue';
import { checkRows, pointsFromRows, rowsFromPoints, type LprRow } from '../../../src/renderer/src/components/transfer/lpr-rows';
import { mountTransfer, ok, ScriptedBackend, settle, transferMessages } from './transfer-harness';

const SERIES: LprPoint[] = [
  { effectiveDate: '2024-07-22', oneYearPpm: 33_500, source: 'PBOC announcement', confidence: 'M' },
  { effectiveDate: '2024-10-21', oneYearPpm: 31_000, source: 'PBOC announcement', confidence: 'S' },
];

function row(overrides: Partial<LprRow>): LprRow {
  return { key: 1, date: '2025-05-20', rate: '3', source: 'PBOC', confidence: 'V', ...overrides };
}

describe('lpr rows', () => {
  it('names each problem on its field', () => {
    const problems = checkRows([
      row({ key: 1, date: '2025-02-30', rate: '3.1', source: 'x' }),
      row({ key: 2, date: '2025-05-20', rate: '3.12345', source: ' ' }),
      row({ key: 3, date: '2025-05-20', rate: '101' }),
      row({ key: 4, date: '2024-10-21', rate: '3.1' }),
    ]);
    expect(problems.get(1)).toEqual({ date: 'date' });
    expect(problems.get(2)).toEqual({ date: 'duplicate', rate: 'rate', source: 'source' });
    expect(problems.get(3)).toEqual({ date: 'duplicate', rate: 'rate' });
    expect(problems.has(4)).toBe(false);
    expect(pointsFromRows([row({ key: 1, rate: 'x' })])).toBeNull();
  });

  it('turns rows into ppm points sorted by date', () => {
    expect(
      pointsFromRows([
        row({ key: 1, date: '2025-05-20', rate: '3.0', source: ' PBOC ', confidence: 'S' }),
        row({ key: 2, date: '2024-10-21', rate: '3.1%', source: 'PBOC', confidence: 'M' }),
      ]),
    ).toEqual([
      { effectiveDate: '2024-10-21', oneYearPpm: 31_000, source: 'PBOC', confidence: 'M' },
      { effectiveDate: '2025-05-20', oneYearPpm: 30_000, source: 'PBOC', confidence: 'S' },
    ]);
  });

  it('reads points back exactly (property)', () => {
    const day = fc.integer({ min: Date.UTC(2019, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 });
    const point = fc.record({
      effectiveDate: day.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
      oneYearPpm: fc.integer({ min: 0, max: 1_000_000 }),
      source: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
      confidence: fc.constantFrom<LprPoint['confidence']>('V', 'S', 'M'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (p) => p.effectiveDate, maxLength: 12 }), (points) => {
        const sorted = [...points].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
        expect(pointsFromRows(rowsFromPoints(points))).toEqual(sorted);
      }),
    );
  });
});

describe.each(['zh-CN', 'en'] as const)('SettingsLprTable in %s', (language) => {
  const m = transferMessages[language];
  let backend: ScriptedBackend;

  beforeEach(() => {
    backend = new ScriptedBackend();
    backend.on('rates.lprList', () => ok(SERIES));
    backend.on('rates.lprSave', (input) => ok((input as { points: LprPoint[] }).points));
    backend.install();
  });

  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the series with its purpose and confidence in words', async () => {
    const wrapper = mountTransfer(SettingsLprTable, { language });
    await settle();
    const text = wrapper.text();
    expect(text).toContain(m.lpr.purpose);
    expect(text).toContain(m.lpr.level.M);
    expect(text).toContain(m.lpr.level.S);
    const inputs = wrapper.findAll('input').map((input) => (input.element as HTMLInputElement).value);
    expect(inputs).toEqual(expect.arrayContaining(['2024-07-22', '3.35', '2024-10-21', '3.1']));
    wrapper.unmount();
  });

  it('refuses to save a bad row, says why under the field, then saves the fixed rows', async () => {
    const wrapper = mountTransfer(SettingsLprTable, { language });
    await settle();
    await wrapper.find('[data-testid="lpr-add"]').trigger('click');
    await settle();
    const last = wrapper.findAll('tbody tr').at(-1);
    const [date, rate] = last?.findAll('input') ?? [];
    await date?.setValue('2024-10-21');
    await rate?.setValue('three');
    await wrapper.find('[data-testid="lpr-save"]').trigger('click');
    await settle();
    const rowText = wrapper.findAll('tbody tr').at(-1)?.text() ?? '';
    expect(rowText).toContain(m.lpr.invalid.duplicate);
    expect(rowText).toContain(m.lpr.invalid.rate);
    expect(rowText).toContain(m.lpr.invalid.source);
    expect(wrapper.text()).toContain(m.lpr.invalid.fix);
    expect(backend.callsOf('rates.lprSave')).toHaveLength(0);

    const inputs = wrapper.findAll('tbody tr').at(-1)?.findAll('input') ?? [];
    await inputs[0]?.setValue('2025-05-20');
    await inputs[1]?.setValue('3.0');
    await inputs[2]?.setValue('PBOC');
    await wrapper.find('[data-testid="lpr-save"]').trigger('click');
    await settle();
    expect(backend.callsOf('rates.lprSave')[0]?.input).toEqual({
      points: [...SERIES, { effectiveDate: '2025-05-20', oneYearPpm: 30_000, source: 'PBOC', confidence: 'M' }],
    });
    expect(document.body.textContent).toContain(m.lpr.saved);
    wrapper.unmount();
  });

  it('deletes a row before saving', async () => {
    const wrapper = mountTransfer(SettingsLprTable, { language });
    await settle();
    const remove = wrapper.findAll('button').find((b) => b.attributes('aria-label') === m.lpr.removeRow.replace('{date}', '2024-07-22'));
    await remove?.trigger('click');
    await wrapper.find('[data-testid="lpr-save"]').trigger('click');
    await settle();
    expect(backend.callsOf('rates.lprSave')[0]?.input).toEqual({ points: [SERIES[1]] });
    wrapper.unmount();
  });
});
