// For lint only (tsconfig.eslint.json): typescript-eslint's program cannot read .vue files, so without
// this every `import X from './X.vue'` would be an error type and trip the no-unsafe-* rules.
// vue-tsc resolves the real components and never sees this file.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
