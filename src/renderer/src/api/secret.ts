// Browser mode receives its per-launch secret in the URL fragment (#secret=…), which never reaches a
// server log. We move it to sessionStorage (so a reload still works) and strip it from the address bar.
import { SECRET_FRAGMENT_KEY } from '../../../contract/transport';

const STORAGE_KEY = 'quietledger.secret';

export interface SecretEnv {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Reads the secret from the fragment (preferred) or from this tab's session storage. */
export function takeSecret(env: SecretEnv): string | null {
  const hash = env.location.hash.startsWith('#') ? env.location.hash.slice(1) : env.location.hash;
  const fromFragment = new URLSearchParams(hash).get(SECRET_FRAGMENT_KEY);
  if (fromFragment) {
    env.storage.setItem(STORAGE_KEY, fromFragment);
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}`);
    return fromFragment;
  }
  return env.storage.getItem(STORAGE_KEY);
}
