// The layer checker behind layers.test.ts: finds every module reference in src (static, type-only,
// dynamic, re-export, require, `import('x')` types, triple-slash types) and judges it against the table.
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { parse as parseSfc } from 'vue/compiler-sfc';

export const LAYERS = ['core', 'contract', 'backend', 'main', 'web-host', 'preload', 'renderer'] as const;
export type Layer = (typeof LAYERS)[number];

export interface LayerRule {
  layers: Layer[];
  node: boolean;
  packages: string[];
}

/** ARCHITECTURE.md's table. A layer may always import its own files. */
export const RULES: Record<Layer, LayerRule> = {
  core: { layers: [], node: false, packages: ['decimal.js', 'date-fns'] },
  contract: { layers: ['core'], node: false, packages: ['zod'] },
  backend: {
    layers: ['core', 'contract'],
    node: true,
    packages: ['better-sqlite3-multiple-ciphers', 'zod', 'decimal.js', 'date-fns', 'papaparse', 'ical-generator', 'fflate'],
  },
  main: { layers: ['backend', 'contract', 'core'], node: true, packages: ['electron'] },
  'web-host': { layers: ['backend', 'contract', 'core'], node: true, packages: ['zod'] },
  preload: { layers: ['contract'], node: false, packages: ['electron'] },
  renderer: {
    layers: ['contract', 'core'],
    node: false,
    packages: ['vue', 'pinia', 'vue-router', 'vue-i18n', 'naive-ui', 'echarts', 'vue-echarts', 'date-fns', 'decimal.js', 'zod'],
  },
};

export interface ImportRef {
  specifier: string;
  line: number;
}

export type Target =
  | { kind: 'layer'; layer: Layer }
  | { kind: 'node' }
  | { kind: 'package'; name: string }
  | { kind: 'outside'; path: string };

export interface Finding {
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

/** Every module reference in a TypeScript source, whatever syntax carries it. */
export function importsOfTs(source: string, fileName: string, lineOffset = 0): ImportRef[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, specifier: string): void => {
    refs.push({ specifier, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 + lineOffset });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) add(node, node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) add(node, expr.text);
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && arg && ts.isStringLiteralLike(arg)) add(node, arg.text);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) add(node, arg.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const ref of [...file.typeReferenceDirectives, ...file.referencedFiles]) {
    refs.push({ specifier: ref.fileName, line: file.getLineAndCharacterOfPosition(ref.pos).line + 1 + lineOffset });
  }
  return refs;
}

/** Module references in both script blocks of a single-file component. */
export function importsOfVue(source: string, fileName: string): ImportRef[] {
  const { descriptor } = parseSfc(source, { filename: fileName });
  return [descriptor.script, descriptor.scriptSetup].flatMap((block) =>
    block ? importsOfTs(block.content, fileName, block.loc.start.line - 1) : [],
  );
}

const NODE_BUILTINS = new Set(builtinModules);

/** What a specifier written in `fromFile` points at. `srcRoot` is the absolute path of src/. */
export function classify(specifier: string, fromFile: string, srcRoot: string): Target {
  const bare = specifier.split('?')[0] ?? specifier;
  if (bare.startsWith('.') || bare.startsWith('/')) {
    const target = resolve(dirname(fromFile), bare);
    const layer = layerOf(target, srcRoot);
    return layer ? { kind: 'layer', layer } : { kind: 'outside', path: target };
  }
  if (bare.startsWith('node:') || NODE_BUILTINS.has(bare.split('/')[0] ?? bare)) return { kind: 'node' };
  const parts = bare.split('/');
  const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? bare);
  return { kind: 'package', name };
}

/** The layer a path lies in, from its first folder under src/ (src/renderer/src/** is the renderer). */
export function layerOf(path: string, srcRoot: string): Layer | undefined {
  const rel = relative(srcRoot, path);
  if (rel.startsWith('..') || rel === '') return undefined;
  const top = rel.split(sep)[0];
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : undefined;
}

export function judge(layer: Layer, target: Target): string | undefined {
  const rule = RULES[layer];
  switch (target.kind) {
    case 'layer':
      return target.layer === layer || rule.layers.includes(target.layer)
        ? undefined
        : `${layer} may not import from src/${target.layer}`;
    case 'node':
      return rule.node ? undefined : `${layer} may not import Node built-ins`;
    case 'package':
      return rule.packages.includes(target.name) ? undefined : `${layer} may not import the package "${target.name}"`;
    case 'outside':
      return `${layer} may not import files outside src/ (${target.path})`;
  }
}

/** Findings for one file, given its absolute path and text. */
export function checkFile(file: string, source: string, srcRoot: string): Finding[] {
  const rel = relative(srcRoot, file).split(sep).join('/');
  const layer = layerOf(file, srcRoot);
  if (!layer) return [{ file: rel, line: 1, specifier: '', reason: 'file is in no known layer; add it to the table' }];
  const refs = file.endsWith('.vue') ? importsOfVue(source, file) : importsOfTs(source, file);
  return refs.flatMap((ref) => {
    const reason = judge(layer, classify(ref.specifier, file, srcRoot));
    return reason ? [{ file: rel, line: ref.line, specifier: ref.specifier, reason }] : [];
  });
}

/** Every .ts and .vue file under `srcRoot`, as absolute paths. */
export function sourceFiles(srcRoot: string): string[] {
  return readdirSync(srcRoot, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(ts|mts|cts|tsx|vue)$/.test(p) && !p.split(sep).includes('node_modules'))
    .map((p) => join(srcRoot, p))
    .sort();
}

export function checkTree(srcRoot: string): { files: string[]; findings: Finding[] } {
  const files = sourceFiles(srcRoot);
  const findings = files.flatMap((file) => checkFile(file, readFileSync(file, 'utf8'), srcRoot));
  return { files, findings };
}
