// The one place for colours, radius and fonts. Calm neutrals and a muted teal; amber only for "due
// soon", red only for overdue (and the danger of deleting). Dark uses the same hues, lifted.
import type { GlobalThemeOverrides } from 'naive-ui';

export const FONT_STACK =
  '-apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';
export const MONO_STACK = 'ui-monospace, "SFMono-Regular", "Cascadia Mono", "Consolas", "Noto Sans Mono", monospace';

const shared: GlobalThemeOverrides['common'] = {
  fontFamily: FONT_STACK,
  fontFamilyMono: MONO_STACK,
  borderRadius: '6px',
  fontSize: '14px',
  fontSizeMedium: '14px',
};

/** Room between a field's message (hint or error) and the next label. */
const Form: GlobalThemeOverrides['Form'] = { feedbackPadding: '4px 0 10px 2px', feedbackFontSizeMedium: '13px' };

export const lightOverrides: GlobalThemeOverrides = {
  Form,
  common: {
    ...shared,
    primaryColor: '#2b6a6e',
    primaryColorHover: '#357a7e',
    primaryColorPressed: '#215457',
    primaryColorSuppl: '#357a7e',
    infoColor: '#3b6a8f',
    infoColorHover: '#4a7aa0',
    infoColorPressed: '#2f5877',
    infoColorSuppl: '#4a7aa0',
    warningColor: '#a4580b',
    warningColorHover: '#b86a1b',
    warningColorPressed: '#8a4908',
    warningColorSuppl: '#b86a1b',
    errorColor: '#b3261e',
    errorColorHover: '#c4382f',
    errorColorPressed: '#941f18',
    errorColorSuppl: '#c4382f',
    successColor: '#2f7a4f',
    successColorHover: '#3a8a5d',
    successColorPressed: '#266441',
    successColorSuppl: '#3a8a5d',
    bodyColor: '#f6f7f6',
  },
};

export const darkOverrides: GlobalThemeOverrides = {
  Form,
  common: {
    ...shared,
    primaryColor: '#6db6b2',
    primaryColorHover: '#86c6c2',
    primaryColorPressed: '#579d99',
    primaryColorSuppl: '#86c6c2',
    infoColor: '#7fb0d6',
    infoColorHover: '#95c0e0',
    infoColorPressed: '#6a9bc0',
    infoColorSuppl: '#95c0e0',
    warningColor: '#e8a84f',
    warningColorHover: '#f0b866',
    warningColorPressed: '#cf9038',
    warningColorSuppl: '#f0b866',
    errorColor: '#f07b72',
    errorColorHover: '#f5958d',
    errorColorPressed: '#d9655c',
    errorColorSuppl: '#f5958d',
    successColor: '#72c08f',
    successColorHover: '#8acd9f',
    successColorPressed: '#5ca878',
    successColorSuppl: '#8acd9f',
    bodyColor: '#15181a',
    cardColor: '#1c2023',
    modalColor: '#1f2326',
    popoverColor: '#24292c',
  },
};
