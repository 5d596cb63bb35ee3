// Start-up: pick the transport, read language and theme (available before unlock), then mount the
// app with the router guarding every screen by vault state.
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { installDefaultTransport } from './api';
import { wireAppEvents } from './app-events';
import App from './App.vue';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import { useAppStore } from './stores/app';
import { usePrefsStore } from './stores/prefs';
import './styles/base.css';

async function start(): Promise<void> {
  const client = installDefaultTransport(window);
  const pinia = createPinia();
  const app = createApp(App);
  app.use(pinia);

  const prefs = usePrefsStore(pinia);
  const locales = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  try {
    await prefs.load(locales);
  } catch {
    // Unreachable backend: the router's guard shows the "cannot reach" screen in the system language.
  }
  app.use(createAppI18n(prefs.effectiveLanguage));

  const router = createAppRouter();
  app.use(router);
  wireAppEvents(client, useAppStore(pinia), router);
  await router.isReady();
  app.mount('#app');
}

void start();
