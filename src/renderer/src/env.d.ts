// Globals the renderer can meet at run time: the preload's bridge exists only inside the desktop app.
import type { QuietLedgerBridge } from '../../contract/transport';

declare global {
  interface Window {
    /** Exposed by src/preload under BRIDGE_KEY; absent in browser mode. */
    quietLedger?: QuietLedgerBridge;
  }
}

export {};
