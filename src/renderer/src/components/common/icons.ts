// A handful of line icons drawn as plain SVG paths, so the app needs no icon font or extra package.
// All are decorative (aria-hidden): every icon sits beside a text label.
import { defineComponent, h, type Component } from 'vue';

function icon(name: string, shapes: string[], circles: [number, number, number][] = []): Component {
  return defineComponent({
    name,
    setup() {
      return () =>
        h(
          'svg',
          {
            viewBox: '0 0 24 24',
            width: '1em',
            height: '1em',
            fill: 'none',
            stroke: 'currentColor',
            'stroke-width': 1.8,
            'stroke-linecap': 'round',
            'stroke-linejoin': 'round',
            'aria-hidden': 'true',
            focusable: 'false',
          },
          [
            ...shapes.map((d) => h('path', { d })),
            ...circles.map(([cx, cy, r]) => h('circle', { cx, cy, r })),
          ],
        );
    },
  });
}

export const IconOverview = icon('IconOverview', ['M4 4h7v7H4z', 'M13 4h7v4h-7z', 'M13 10h7v10h-7z', 'M4 13h7v7H4z']);
export const IconLoans = icon('IconLoans', ['M6 3h9l4 4v14H6z', 'M15 3v4h4', 'M9 12h7', 'M9 16h7', 'M9 8h3']);
export const IconReminders = icon('IconReminders', [
  'M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z',
  'M10 20.5a2 2 0 0 0 4 0',
]);
export const IconCollectors = icon('IconCollectors', [
  'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z',
]);
export const IconSettings = icon(
  'IconSettings',
  ['M4 7h9', 'M17 7h3', 'M4 17h3', 'M11 17h9'],
  [
    [15, 7, 2],
    [9, 17, 2],
  ],
);
export const IconLock = icon('IconLock', ['M6 11h12v9H6z', 'M8.5 11V8a3.5 3.5 0 0 1 7 0v3', 'M12 15v2']);
export const IconPlus = icon('IconPlus', ['M12 5v14', 'M5 12h14']);
export const IconCopy = icon('IconCopy', ['M9 9h11v11H9z', 'M5 15H4V4h11v1']);
export const IconShield = icon('IconShield', ['M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6z', 'M9 12l2 2 4-4']);
export const IconAlert = icon('IconAlert', ['M12 3l9.5 17h-19z', 'M12 10v4', 'M12 17.5v.01']);
export const IconInfo = icon('IconInfo', ['M12 11v6', 'M12 7.5v.01'], [[12, 12, 9]]);
export const IconCheck = icon('IconCheck', ['M5 12.5l4.5 4.5L19 7']);
export const IconClock = icon('IconClock', ['M12 7v5l3 2'], [[12, 12, 9]]);
