// The sandboxed preload may require nothing but 'electron' at run time: follow its value imports (type-only
// imports vanish in the build) and check that every module it pulls in stays within that rule.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const entry = resolve(import.meta.dirname, '..', '..', 'src', 'preload', 'index.ts');

/** Value imports and re-exports of a module (`import type` / `export type` are erased). */
function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) if (match[1]) specifiers.push(match[1]);
  return specifiers;
}

function reachable(file: string, seen = new Set<string>()): { modules: Set<string>; packages: Set<string> } {
  const packages = new Set<string>();
  seen.add(file);
  for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
    if (!specifier.startsWith('.')) {
      packages.add(specifier);
      continue;
    }
    const target = join(dirname(file), `${specifier}.ts`);
    if (seen.has(target)) continue;
    for (const name of reachable(target, seen).packages) packages.add(name);
  }
  return { modules: seen, packages };
}

describe('the preload bundle', () => {
  it("requires only 'electron' at run time", () => {
    expect([...reachable(entry).packages]).toEqual(['electron']);
  });

  it('pulls in nothing beyond the contract’s transport constants', () => {
    const modules = [...reachable(entry).modules].map((file) => file.slice(file.indexOf('src/')));
    expect(modules.sort()).toEqual(['src/contract/transport.ts', 'src/preload/index.ts']);
  });
});
