// Shared set-up for the collection tests: an unlocked backend with a stepping clock, a handler context on
// its own session (for the log readers the dossier uses), sample contacts, and small files that carry the
// magic bytes of each evidence type plus a canary.
import { join } from 'node:path';
import type { ContactInput, LoanInput } from '../../../src/contract';
import { createBackend, type Backend } from '../../../src/backend/backend';
import type { Clock } from '../../../src/backend/clock';
import type { HandlerContext } from '../../../src/backend/handlers/context';
import { PrefsStore } from '../../../src/backend/prefs-store';
import { ReminderService } from '../../../src/backend/reminders/service';
import { deriveFromPassphrase, unwrapKey } from '../../../src/backend/vault/crypto';
import { AAD, readHeader } from '../../../src/backend/vault/header';
import { VaultSession } from '../../../src/backend/vault/session';
import { call, PASSPHRASE, tempDir } from '../helpers';

/** A clock that starts at `iso` and moves only when a test says so. */
export function steppingClock(iso: string, timeZone = 'Asia/Shanghai'): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), timeZone: () => timeZone, set: (next) => (now = new Date(next)) };
}

export interface Harness {
  dir: string;
  backend: Backend;
  clock: ReturnType<typeof steppingClock>;
  cleanup: () => void;
}

/** A backend on a fresh data folder with a vault created (and so unlocked). */
export async function unlockedBackend(cleanups: (() => void)[]): Promise<Harness> {
  const t = tempDir();
  const clock = steppingClock('2026-03-10T02:00:00Z');
  const backend = createBackend({ dataDir: t.dir, shell: 'browser', appVersion: '0.0.0-test', clock });
  const cleanup = (): void => {
    backend.close();
    t.cleanup();
  };
  cleanups.push(cleanup);
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  return { dir: t.dir, backend, clock, cleanup };
}

/** A handler context on its own session over a data folder, unlocked with the test passphrase. */
export async function contextFor(dataDir: string, cleanups: (() => void)[]): Promise<HandlerContext> {
  const session = new VaultSession({ dir: join(dataDir, 'vault') });
  const prefs = new PrefsStore(join(dataDir, 'prefs.json'));
  const clock = steppingClock('2026-03-10T02:00:00Z');
  await session.unlock({ method: 'passphrase', secret: PASSPHRASE });
  cleanups.push(() => session.lock());
  return {
    session,
    prefs,
    clock,
    shell: 'browser',
    appVersion: '0.0.0-test',
    reminders: new ReminderService({ session, prefs, clock, dataDir }),
  };
}

/** The vault's data key, unwrapped from its header as the app does, for raw connections in tamper tests. */
export async function dataKeyOf(dataDir: string): Promise<Buffer> {
  const header = readHeader(join(dataDir, 'vault', 'vault.json'));
  const key = await deriveFromPassphrase(PASSPHRASE, Buffer.from(header.passphrase.kdf.salt, 'base64'), header.passphrase.kdf);
  const dataKey = unwrapKey(header.passphrase.wrap, key, AAD.passphrase);
  if (!dataKey) throw new Error('The test passphrase does not open this vault');
  return dataKey;
}

/** A night-time call (23:10 in Shanghai) that reached the user. */
export function contact(overrides: Partial<ContactInput> = {}): ContactInput {
  return {
    occurredAt: '2026-03-09T15:10:00Z',
    timeZone: 'Asia/Shanghai',
    channel: 'call',
    organisation: 'Fast Cash Collections',
    agent: 'Agent 7',
    fromNumber: '+86 138 0000 0000',
    durationSeconds: 120,
    summary: 'Said they would call again tomorrow.',
    ...overrides,
  };
}

export const sampleLoan = {
  name: 'Phone loan',
  lender: 'Quick Lender',
  jurisdiction: 'UK',
  terms: { method: 'bullet', principal: 500_000, startDate: '2026-01-01', termPeriods: 1, rate: { ppm: 100_000, unit: 'year' } },
} satisfies LoanInput;

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** One small file per evidence type: its real header, then a canary that must never reach the disk. */
export function sampleFiles(): { mimeType: string; filename: string; canary: string; bytes: Buffer }[] {
  const files = [
    { mimeType: 'image/png', filename: 'screenshot.png', canary: 'CANARY-PNG-8c1f0e', head: bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR') },
    { mimeType: 'image/jpeg', filename: 'photo.jpg', canary: 'CANARY-JPEG-2b7d44', head: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF\0') },
    { mimeType: 'audio/wav', filename: 'call.wav', canary: 'CANARY-WAV-91aa3c', head: bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ') },
    { mimeType: 'audio/ogg', filename: 'call.ogg', canary: 'CANARY-OGG-5e0b72', head: bytes('OggS', [0, 2, 0, 0]) },
    { mimeType: 'audio/mp4', filename: 'call.m4a', canary: 'CANARY-MP4-d4c619', head: bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0]) },
    { mimeType: 'application/pdf', filename: 'letter.pdf', canary: 'CANARY-PDF-7730fd', head: bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n') },
  ];
  return files.map(({ head, ...file }) => ({ ...file, bytes: Buffer.concat([head, Buffer.from(` ${file.canary} `.repeat(4), 'utf8')]) }));
}

/** The magic bytes the no-plaintext test looks for (long enough not to appear in ciphertext by chance). */
export const MAGIC_NEEDLES: Record<string, Buffer> = {
  PNG: bytes([0x89], 'PNG\r\n\x1a\n'),
  JPEG: bytes([0xff, 0xd8, 0xff, 0xe0]),
  RIFF: bytes('RIFF'),
  WAVE: bytes('WAVEfmt '),
  OggS: bytes('OggS'),
  ftyp: bytes('ftyp'),
  PDF: bytes('%PDF'),
};
