// Vault methods: create, unlock, lock and change the passphrase. Secrets travel only inside these inputs.
import { z } from 'zod';

/** Shortest passphrase we accept; the UI also shows a strength hint. */
export const MIN_PASSPHRASE_LENGTH = 10;

export const passphraseSchema = z.string().min(MIN_PASSPHRASE_LENGTH).max(1024);

export type VaultState = 'missing' | 'locked' | 'unlocked';

export interface AppStatus {
  vault: VaultState;
  appVersion: string;
  /** Whether this build runs in the desktop shell or in a browser tab. */
  shell: 'electron' | 'browser';
  /** Whether the app starts (in the tray) when the user logs in; null where the shell cannot do it. */
  launchAtLogin: boolean | null;
}

export const appSchemas = {
  setLaunchAtLogin: z.object({ enabled: z.boolean() }).strict(),
};

export const vaultSchemas = {
  create: z.object({ passphrase: passphraseSchema }),
  unlock: z.discriminatedUnion('method', [
    z.object({ method: z.literal('passphrase'), secret: z.string().min(1).max(1024) }),
    z.object({ method: z.literal('recovery-key'), secret: z.string().min(1).max(200) }),
  ]),
  changePassphrase: z.object({ current: z.string().min(1).max(1024), next: passphraseSchema }),
};

export interface VaultCreated {
  /** Shown once, grouped for writing down (e.g. "ABCD-EFGH-…"). */
  recoveryKey: string;
}
