// Enforces ARCHITECTURE.md's layer table on every import in src/, and proves the checker can fail by
// running it on small in-memory files that break the rules.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkTree, importsOfTs, importsOfVue, LAYERS, type Layer } from './layers';

const SRC = resolve(__dirname, '../../src');

describe('the source tree', () => {
  const { files, findings } = checkTree(SRC);

  it('keeps every import inside the layer table', () => {
    const report = findings.map((f) => `src/${f.file}:${f.line} "${f.specifier}": ${f.reason}`).join('\n');
    expect(report).toBe('');
  });

  it('actually scanned the layers (so an empty glob cannot pass)', () => {
    const seen = new Set(files.map((f) => f.slice(SRC.length + 1).split(/[\\/]/)[0]));
    for (const layer of ['core', 'contract', 'backend', 'web-host', 'renderer'] satisfies Layer[]) {
      expect(seen.has(layer), layer).toBe(true);
    }
    expect(files.some((f) => f.endsWith('.vue'))).toBe(true);
  });
});

describe('import extraction', () => {
  it('finds static, type-only, side-effect, dynamic, re-export, require and type-query imports', () => {
    const source = [
      '/// <reference types="pkg-l" />',
      "import a from 'pkg-a';",
      "import type { B } from 'pkg-b';",
      "import 'pkg-c';",
      "export { d } from 'pkg-d';",
      "export * from 'pkg-e';",
      "export type { F } from 'pkg-f';",
      "const g = await import('pkg-g');",
      "import h = require('pkg-h');",
      "const i = require('pkg-i');",
      "type J = typeof import('pkg-j');",
      "let k: import('pkg-k').K;",
    ].join('\n');
    const found = importsOfTs(source, 'x.ts').map((r) => r.specifier);
    expect(found.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((c) => `pkg-${c}`));
  });

  it('reads both script blocks of a .vue file, with their line numbers', () => {
    const sfc = [
      '<script lang="ts">',
      "import { defineComponent } from 'vue';",
      '</script>',
      '<script setup lang="ts">',
      "import { readFileSync } from 'node:fs';",
      '</script>',
      '<template><div /></template>',
    ].join('\n');
    expect(importsOfVue(sfc, 'X.vue')).toEqual([
      { specifier: 'vue', line: 2 },
      { specifier: 'node:fs', line: 5 },
    ]);
  });
});

describe('the checker on in-memory files', () => {
  const check = (path: string, source: string): string[] =>
    checkFile(join(SRC, path), source, SRC).map((f) => `${f.specifier}: ${f.reason}`);

  it.each<[string, string, string]>([
    ['renderer/src/stores/x.ts', "import { readFileSync } from 'node:fs';", 'renderer may not import Node built-ins'],
    ['renderer/src/stores/x.ts', "import { join } from 'path';", 'renderer may not import Node built-ins'],
    ['renderer/src/stores/x.ts', "import { ipcRenderer } from 'electron';", 'package "electron"'],
    ['renderer/src/stores/x.ts', "import type { Backend } from '../../../backend/backend';", 'src/backend'],
    ['renderer/src/api/x.ts', "export * from '../../../web-host/server';", 'src/web-host'],
    ['renderer/src/api/x.ts', "const m = await import('../../../main/window');", 'src/main'],
    ['renderer/src/api/x.ts', "import '../../../preload/index';", 'src/preload'],
    ['core/x.ts', "import { ref } from 'vue';", 'package "vue"'],
    ['core/x.ts', "import { createHash } from 'node:crypto';", 'core may not import Node built-ins'],
    ['core/x.ts', "import { z } from 'zod';", 'package "zod"'],
    ['core/x.ts', "import type { ApiResult } from '../contract';", 'src/contract'],
    ['contract/x.ts', "import Decimal from 'decimal.js';", 'package "decimal.js"'],
    ['contract/x.ts', "import type { Backend } from '../backend/backend';", 'src/backend'],
    ['backend/x.ts', "import { app } from 'electron';", 'package "electron"'],
    ['backend/x.ts', "import { ref } from 'vue';", 'package "vue"'],
    ['backend/x.ts', "import Database from 'better-sqlite3';", 'package "better-sqlite3"'],
    ['web-host/x.ts', "import { app } from 'electron';", 'package "electron"'],
    ['web-host/x.ts', "import pkg from '../../package.json';", 'outside src/'],
    ['main/x.ts', "import { useRouter } from 'vue-router';", 'package "vue-router"'],
    ['main/x.ts', "import '../renderer/src/main';", 'src/renderer'],
    ['preload/x.ts', "import { readFileSync } from 'node:fs';", 'preload may not import Node built-ins'],
    ['preload/x.ts', "import { createBackend } from '../backend/backend';", 'src/backend'],
  ])('flags %s importing: %s', (path, source, reason) => {
    const findings = check(path, source);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(reason);
  });

  it('flags a bad import inside a .vue component', () => {
    const sfc = "<script setup lang=\"ts\">\nimport { shell } from 'electron';\n</script>\n<template><p /></template>";
    expect(check('renderer/src/components/common/X.vue', sfc)).toEqual([
      'electron: renderer may not import the package "electron"',
    ]);
  });

  it('flags a file in a folder the table does not know', () => {
    expect(check('shared/x.ts', "export const x = 1;")).toEqual([': file is in no known layer; add it to the table']);
  });

  it.each<[string, string]>([
    ['core/loans/x.ts', "import Decimal from 'decimal.js';\nimport { addMonths } from 'date-fns';\nimport { toMinor } from '../money';"],
    ['contract/x.ts', "import { z } from 'zod';\nimport type { Loan } from '../core/loans/types';"],
    ['backend/x.ts', "import { scrypt } from 'node:crypto';\nimport Database from 'better-sqlite3-multiple-ciphers';\nimport { methods } from '../contract';"],
    ['main/x.ts', "import { app } from 'electron';\nimport { join } from 'node:path';\nimport { createBackend } from '../backend/backend';"],
    ['web-host/x.ts', "import { createServer } from 'node:http';\nimport type { Backend } from '../backend/backend';"],
    ['preload/x.ts', "import { contextBridge } from 'electron';\nimport { INVOKE_CHANNEL } from '../contract/transport';"],
    ['renderer/src/x.ts', "import { NButton } from 'naive-ui';\nimport { use } from 'echarts/core';\nimport { format } from 'date-fns/format';\nimport type { LoanSummary } from '../../contract';\nimport './styles/base.css?inline';"],
  ])('accepts what %s may import', (path, source) => {
    expect(check(path, source)).toEqual([]);
  });

  it('covers every layer in the table', () => {
    expect([...LAYERS].sort()).toEqual(['backend', 'contract', 'core', 'main', 'preload', 'renderer', 'web-host']);
  });
});
