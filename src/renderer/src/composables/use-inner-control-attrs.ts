// Some Naive UI controls (date picker, non-filterable select) take no attributes for their focusable
// inner element. This names that element (id or aria-labelledby) so labels and screen readers reach it.
import { onMounted, onUpdated, type Ref } from 'vue';

export function useInnerControlAttrs(
  root: Readonly<Ref<HTMLElement | null>>,
  selector: string,
  attrs: () => Record<string, string>,
): void {
  const apply = (): void => {
    const el = root.value?.querySelector(selector);
    if (!el) return;
    for (const [name, value] of Object.entries(attrs())) {
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
  };
  onMounted(apply);
  onUpdated(apply);
}

/** The focusable element of a non-filterable NSelect. */
export const SELECT_CONTROL = '.n-base-selection-label';
/** The text box of an NDatePicker. */
export const DATE_CONTROL = 'input';
