// Vault and app state: whether a vault exists and is unlocked, and the actions that change that.
// Locking also drops every decrypted record the UI holds in memory.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { AppStatus, VaultState } from '../../../contract/vault';
import { invoke } from '../api';
import { useCollectionStore } from './collection';
import { useLoansStore } from './loans';
import { useRemindersStore } from './reminders';
import { useTransferStore } from './transfer';

export type UnlockMethod = 'passphrase' | 'recovery-key';

export const useAppStore = defineStore('app', () => {
  const status = ref<AppStatus | null>(null);
  /** True between creating a vault and the user confirming the recovery key is written down. */
  const awaitingRecoveryConfirmation = ref(false);

  const vault = computed<VaultState | null>(() => status.value?.vault ?? null);

  function setVault(state: VaultState): void {
    if (status.value) status.value = { ...status.value, vault: state };
  }

  /** Reads the vault state and shell kind from the backend. */
  async function refresh(): Promise<AppStatus> {
    const next = await invoke('app.status', {});
    status.value = next;
    return next;
  }

  /**
   * Creates the vault and returns its recovery key. The key is handed to the caller only: the store
   * never keeps it, so it cannot linger once the first-run screen is gone.
   */
  async function create(passphrase: string): Promise<string> {
    const created = await invoke('vault.create', { passphrase });
    awaitingRecoveryConfirmation.value = true;
    await refresh();
    return created.recoveryKey;
  }

  /** The user confirmed the recovery key is written down; the first-run screen may close. */
  function confirmRecoverySaved(): void {
    awaitingRecoveryConfirmation.value = false;
  }

  /** Unlocks with a passphrase or the recovery key; a wrong one throws WRONG_SECRET and changes nothing. */
  async function unlock(method: UnlockMethod, secret: string): Promise<void> {
    await invoke('vault.unlock', { method, secret });
    setVault('unlocked');
  }

  /** Locks the vault and forgets every decrypted record held by the UI. */
  async function lock(): Promise<void> {
    try {
      await invoke('vault.lock', {});
    } finally {
      markLocked();
    }
  }

  /** The shell locked the vault (timer, sleep, tray) or a call met VAULT_LOCKED: reflect it. */
  function markLocked(): void {
    useLoansStore().clear();
    useTransferStore().clear();
    useRemindersStore().clear();
    useCollectionStore().clear();
    if (status.value?.vault === 'unlocked') setVault('locked');
  }

  /** Re-wraps the data key under a new passphrase; the recovery key stays valid. */
  async function changePassphrase(current: string, next: string): Promise<void> {
    await invoke('vault.changePassphrase', { current, next });
  }

  return {
    status,
    vault,
    awaitingRecoveryConfirmation,
    refresh,
    create,
    confirmRecoverySaved,
    unlock,
    lock,
    markLocked,
    changePassphrase,
  };
});
