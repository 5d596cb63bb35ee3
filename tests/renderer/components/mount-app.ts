// Mounts a renderer component the way the app does: vue-i18n in the chosen language, Pinia, and
// Naive UI's providers around it.
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { NDialogProvider, NMessageProvider } from 'naive-ui';
import { createPinia } from 'pinia';
import { defineComponent, h, type Component, type Plugin } from 'vue';
import type { Language } from '../../../src/contract/prefs';
import { createAppI18n } from '../../../src/renderer/src/i18n';

export function mountApp<C extends Component>(
  component: C,
  options: { props?: Record<string, unknown>; language: Language; plugins?: Plugin[] },
) {
  const Wrapper = defineComponent({
    setup() {
      return () =>
        h(NMessageProvider, null, () => h(NDialogProvider, null, () => h(component, options.props ?? {})));
    },
  });
  const mountOptions: ComponentMountingOptions<typeof Wrapper> = {
    attachTo: document.body,
    global: { plugins: [createAppI18n(options.language), createPinia(), ...(options.plugins ?? [])] },
  };
  return mount(Wrapper, mountOptions);
}

/** Lets pending promises and Vue's re-render run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
