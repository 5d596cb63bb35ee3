// Preferences kept outside the vault (language, theme) so the lock screen can use them. The file holds
// no user data; a damaged or unknown file falls back to defaults rather than blocking the app.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { LANGUAGES, THEMES, type Prefs } from '../contract';
import { writeFileAtomic } from './fs-atomic';

const DEFAULTS: Prefs = { language: null, theme: 'system' };

const fileSchema = z.object({
  language: z.enum(LANGUAGES).nullable().catch(null),
  theme: z.enum(THEMES).catch('system'),
});

export class PrefsStore {
  constructor(private readonly path: string) {}

  get(): Prefs {
    if (!existsSync(this.path)) return { ...DEFAULTS };
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return parsed.success ? parsed.data : { ...DEFAULTS };
    } catch {
      return { ...DEFAULTS };
    }
  }

  set(patch: Partial<Prefs>): Prefs {
    const next: Prefs = { ...this.get(), ...patch };
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.path, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }
}
