// Mounts the import/export pieces with the app's messages plus the `transfer` ones (whether or not the
// app's i18n already includes them), Pinia, a memory router and Naive UI's providers, over a scripted
// fake transport that records every call.
import { mount } from '@vue/test-utils';
import { NDialogProvider, NMessageProvider } from 'naive-ui';
import { createPinia } from 'pinia';
import { defineComponent, h, type Component, type Plugin } from 'vue';
import { createI18n } from 'vue-i18n';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { ApiResult, ErrorCode, FieldIssue } from '../../../src/contract/errors';
import type { Language } from '../../../src/contract/prefs';
import { setTransport, type Transport } from '../../../src/renderer/src/api';
import en from '../../../src/renderer/src/i18n/messages/en';
import { transferEn, type TransferMessages } from '../../../src/renderer/src/i18n/messages/transfer.en';
import { transferZh } from '../../../src/renderer/src/i18n/messages/transfer.zh-CN';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';

export const transferMessages: Record<Language, TransferMessages> = { en: transferEn, 'zh-CN': transferZh };
export const appMessages = { en, 'zh-CN': zhCN } as const;

export function createTransferI18n(language: Language) {
  return createI18n({
    legacy: false,
    locale: language,
    fallbackLocale: 'en',
    messages: {
      en: { ...en, transfer: transferEn },
      'zh-CN': { ...zhCN, transfer: transferZh },
    },
    missingWarn: false,
    fallbackWarn: false,
  });
}

export interface Call {
  method: string;
  input: Record<string, unknown>;
}

type Reply = (input: Record<string, unknown>) => ApiResult<unknown>;

/** A transport answering each method from a script; unknown methods fail with UNKNOWN_METHOD. */
export class ScriptedBackend {
  calls: Call[] = [];
  private replies = new Map<string, Reply>();

  constructor() {
    this.on('loans.list', () => ok([]));
  }

  on(method: string, reply: Reply): this {
    this.replies.set(method, reply);
    return this;
  }

  callsOf(method: string): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  install(): void {
    const transport: Transport = {
      kind: 'bridge',
      call: (method, input) => {
        const args = (input ?? {}) as Record<string, unknown>;
        this.calls.push({ method, input: args });
        const reply = this.replies.get(method);
        return Promise.resolve(reply ? reply(args) : fail('UNKNOWN_METHOD'));
      },
      onEvent: () => () => undefined,
    };
    setTransport(transport);
  }
}

export function ok(value: unknown): ApiResult<unknown> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, issues?: FieldIssue[]): ApiResult<unknown> {
  return { ok: false, error: { code, message: `scripted ${code}`, ...(issues ? { issues } : {}) } };
}

export function createTestRouter() {
  const Blank = defineComponent({ render: () => h('div') });
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: Blank },
      { path: '/loans', name: 'loans', component: Blank },
      { path: '/loans/import', name: 'loan-import', component: Blank },
      { path: '/loans/:id', name: 'loan', component: Blank },
    ],
  });
}

export function mountTransfer<C extends Component>(
  component: C,
  options: { language: Language; props?: Record<string, unknown>; plugins?: Plugin[] },
) {
  const Wrapper = defineComponent({
    setup() {
      return () =>
        h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(component, options.props ?? {})));
    },
  });
  return mount(Wrapper, {
    attachTo: document.body,
    global: { plugins: [createTransferI18n(options.language), createPinia(), ...(options.plugins ?? [createTestRouter()])] },
  });
}

/** Lets pending promises and Vue's re-render run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
