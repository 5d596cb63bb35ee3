// The tab a page shows, kept in the URL (?tab=) so a reload, a notification's "Open" or a link lands on it.
import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';

export function useQueryTab<T extends string>(tabs: readonly T[], fallback: T): { tab: ComputedRef<T>; select: (next: T) => Promise<unknown> } {
  const route = useRoute();
  const router = useRouter();
  const tab = computed<T>(() => tabs.find((name) => name === route.query.tab) ?? fallback);
  const select = (next: T): Promise<unknown> => router.replace({ query: { ...route.query, tab: next } });
  return { tab, select };
}
