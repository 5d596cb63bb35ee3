// Hash history works the same under the desktop app's app:// origin and browser mode's http origin.
// The guard sends each visit where the vault state allows: first run, unlock, or the app itself.
import {
  createRouter,
  createWebHashHistory,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import { isApiError } from '../api';
import { useAppStore } from '../stores/app';

declare module 'vue-router' {
  interface RouteMeta {
    /** Which vault state this route belongs to; the guard redirects when the state differs. */
    vault?: 'missing' | 'locked' | 'unlocked';
    /** i18n key of the page title shown in the header. */
    titleKey?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/welcome', name: 'first-run', component: () => import('../views/FirstRunView.vue'), meta: { vault: 'missing' } },
  { path: '/unlock', name: 'unlock', component: () => import('../views/UnlockView.vue'), meta: { vault: 'locked' } },
  { path: '/unavailable', name: 'unavailable', component: () => import('../views/UnavailableView.vue') },
  {
    path: '/',
    component: () => import('../views/AppShellView.vue'),
    meta: { vault: 'unlocked' },
    children: [
      { path: '', name: 'overview', component: () => import('../views/OverviewView.vue'), meta: { vault: 'unlocked', titleKey: 'overview.title' } },
      { path: 'loans', name: 'loans', component: () => import('../views/LoansView.vue'), meta: { vault: 'unlocked', titleKey: 'loans.title' } },
      { path: 'loans/new', name: 'loan-new', component: () => import('../views/LoanEditorView.vue'), meta: { vault: 'unlocked', titleKey: 'loans.title' } },
      { path: 'loans/import', name: 'loan-import', component: () => import('../views/ImportView.vue'), meta: { vault: 'unlocked', titleKey: 'loans.title' } },
      { path: 'loans/:id', name: 'loan', props: true, component: () => import('../views/LoanDetailView.vue'), meta: { vault: 'unlocked', titleKey: 'loans.title' } },
      { path: 'loans/:id/edit', name: 'loan-edit', props: true, component: () => import('../views/LoanEditorView.vue'), meta: { vault: 'unlocked', titleKey: 'loans.title' } },
      { path: 'reminders', name: 'reminders', component: () => import('../views/RemindersView.vue'), meta: { vault: 'unlocked', titleKey: 'reminders.title' } },
      { path: 'collectors', name: 'collectors', component: () => import('../views/CollectorsView.vue'), meta: { vault: 'unlocked', titleKey: 'collectors.title' } },
      { path: 'settings', name: 'settings', component: () => import('../views/SettingsView.vue'), meta: { vault: 'unlocked', titleKey: 'settings.title' } },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
];

/** Where a visit may go, given the vault state; `true` lets it through. */
export function resolveVaultRoute(
  state: 'missing' | 'locked' | 'unlocked',
  target: { name: string | symbol | null | undefined; vault: string | undefined; fullPath: string },
  awaitingRecoveryConfirmation: boolean,
): true | RouteLocationRaw {
  if (state === 'missing') return target.name === 'first-run' ? true : { name: 'first-run' };
  if (target.name === 'first-run' && awaitingRecoveryConfirmation) return true;
  if (state === 'locked') {
    if (target.name === 'unlock') return true;
    return target.vault === 'unlocked' ? { name: 'unlock', query: { to: target.fullPath } } : { name: 'unlock' };
  }
  return target.vault === 'unlocked' ? true : { name: 'overview' };
}

export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({ history, routes });
  router.beforeEach(async (to) => {
    const app = useAppStore();
    if (to.name === 'unavailable') return true;
    if (!app.status) {
      try {
        await app.refresh();
      } catch (error) {
        const reason = isApiError(error) && error.code === 'UNAUTHORIZED' ? 'UNAUTHORIZED' : 'UNREACHABLE';
        return { name: 'unavailable', query: { reason } };
      }
    }
    const state = app.vault ?? 'missing';
    return resolveVaultRoute(state, { name: to.name, vault: to.meta.vault, fullPath: to.fullPath }, app.awaitingRecoveryConfirmation);
  });
  return router;
}
