// The quick-log model on a fixed clock: defaults in the user's zone, "same as last time", durations,
// and the checks that turn the form into a contact input (each with the error the user sees).
import { describe, expect, it } from 'vitest';
import {
  defaultModel,
  instantFromInput,
  localInputValue,
  modelFromEntry,
  parseDuration,
  sameAsLast,
  toContactInput,
} from '../../../src/renderer/src/components/collection/quick-log';
import { entry } from './collection-fixtures';

const NOW = new Date('2026-03-02T15:00:00Z');
const SH = 'Asia/Shanghai';

describe('quick-log model', () => {
  it('defaults to now in the user zone, an inbound answered call to the user', () => {
    const model = defaultModel(NOW, SH);
    expect(model.when).toBe('2026-03-02T23:00');
    expect(model).toMatchObject({ channel: 'call', direction: 'inbound', answered: true, target: 'me', tags: [], loanId: '' });
    expect(defaultModel(NOW, 'America/New_York').when).toBe('2026-03-02T10:00');
  });

  it('reads a local wall time in the entry zone back to the UTC instant', () => {
    expect(instantFromInput('2026-03-02T22:30', SH)?.toISOString()).toBe('2026-03-02T14:30:00.000Z');
    expect(localInputValue(new Date('2026-03-02T14:30:00Z'), SH)).toBe('2026-03-02T22:30');
    expect(instantFromInput('2026-03-02', SH)).toBeNull();
    expect(instantFromInput('2026-03-02T25:00', SH)).toBeNull();
    expect(instantFromInput('', SH)).toBeNull();
  });

  it('copies number, organisation, agent and loan from the newest entry and nothing else', () => {
    const model = { ...defaultModel(NOW, SH), summary: 'kept', tags: ['threat' as const] };
    const next = sameAsLast(model, { fromNumber: '95188', organisation: 'Swift', agent: 'A7', loanId: 'loan-1' });
    expect(next).toMatchObject({ fromNumber: '95188', organisation: 'Swift', agent: 'A7', loanId: 'loan-1', summary: 'kept', tags: ['threat'] });
    expect(sameAsLast(model, { fromNumber: '', organisation: '', agent: '', loanId: null }).loanId).toBe('');
  });

  it('parses durations as m:ss or whole minutes', () => {
    expect(parseDuration('2:30')).toBe(150);
    expect(parseDuration('3')).toBe(180);
    expect(parseDuration(' ')).toBeNull();
    expect(parseDuration('2:75')).toBeUndefined();
    expect(parseDuration('two')).toBeUndefined();
  });

  it('builds a contact input with the circle target and trimmed text', () => {
    const model = { ...defaultModel(NOW, SH), when: '2026-03-02T22:30', target: 'p1', organisation: ' Swift ', duration: '1:05', tags: ['disclosure' as const] };
    const result = toContactInput(model, NOW);
    expect(result).toEqual({
      ok: true,
      input: expect.objectContaining({
        occurredAt: '2026-03-02T14:30:00.000Z',
        timeZone: SH,
        target: { kind: 'circle', personId: 'p1' },
        organisation: 'Swift',
        durationSeconds: 65,
        tags: ['disclosure'],
        loanId: null,
      }),
    });
  });

  it('rejects a missing or future time, a bad duration and a nameless new person', () => {
    const base = defaultModel(NOW, SH);
    expect(toContactInput({ ...base, when: '' }, NOW)).toEqual({ ok: false, errors: { when: 'badWhen' } });
    expect(toContactInput({ ...base, when: '2026-03-02T23:10' }, NOW)).toEqual({ ok: false, errors: { when: 'future' } });
    expect(toContactInput({ ...base, when: '2026-03-02T23:04' }, NOW).ok).toBe(true);
    expect(toContactInput({ ...base, duration: 'x' }, NOW)).toEqual({ ok: false, errors: { duration: 'badDuration' } });
    expect(toContactInput({ ...base, target: 'new', newAlias: ' ' }, NOW)).toEqual({ ok: false, errors: { newAlias: 'noAlias' } });
  });

  it('ignores answered and duration for channels other than calls', () => {
    const result = toContactInput({ ...defaultModel(NOW, SH), channel: 'sms', answered: false, duration: 'bad' }, NOW);
    expect(result.ok && result.input).toMatchObject({ channel: 'sms', answered: true, durationSeconds: null });
  });

  it('turns an entry back into the form it came from', () => {
    const model = modelFromEntry(entry({ target: { kind: 'circle', personId: 'p9' }, durationSeconds: 65 }));
    expect(model).toMatchObject({ when: '2026-03-02T22:30', target: 'p9', duration: '1:05', timeZone: SH });
  });
});
