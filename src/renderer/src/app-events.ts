// Keeps the UI in step with the vault when something outside a view locks it: a shell event (timer,
// sleep, tray), a call that met VAULT_LOCKED, or the Ctrl/Cmd+L shortcut.
import { watch } from 'vue';
import type { Router } from 'vue-router';
import type { ApiClient } from './api';
import type { useAppStore } from './stores/app';

type AppStore = ReturnType<typeof useAppStore>;

export function wireAppEvents(client: ApiClient, app: AppStore, router: Router): () => void {
  const offEvent = client.onEvent((event) => {
    if (event.type === 'vault-locked') app.markLocked();
    else if (event.type === 'lock-requested') void app.lock().catch(() => undefined);
    else if (event.type === 'open-route' && event.route.startsWith('/') && !event.route.startsWith('//')) {
      void router.push(event.route).catch(() => undefined);
    }
  });
  const offError = client.onError((error) => {
    if (error.code === 'VAULT_LOCKED') app.markLocked();
  });
  const stopWatch = watch(
    () => app.vault,
    (state) => {
      if (state === 'locked' && router.currentRoute.value.meta.vault === 'unlocked') {
        void router.replace({ name: 'unlock' });
      }
    },
  );
  return () => {
    offEvent();
    offError();
    stopWatch();
  };
}

/** True for Ctrl+L (Windows, Linux) or Cmd+L (macOS). */
export function isLockShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}
