// The import/export messages: both languages have the same keys, every message compiles and renders
// with its parameters, every import field has a label, and Chinese is really Chinese.
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../src/contract/transfer';
import { createTransferI18n, transferMessages } from './transfer-harness';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

const PARAMS = { row: 7, column: '本金', problem: 'p', value: 'v', field: 'f', name: 'n.csv', n: 3, count: 2, date: '2025-05-20' };

describe('transfer messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(leaves(transferMessages['zh-CN']).sort()).toEqual(leaves(transferMessages.en).sort());
  });

  it.each(['zh-CN', 'en'] as const)('every %s message compiles and renders without leftover braces', (language) => {
    const { t } = createTransferI18n(language).global;
    for (const key of leaves(transferMessages[language])) {
      const text = t(`transfer.${key}`, PARAMS);
      expect(text, key).not.toBe(`transfer.${key}`);
      expect(text, key).not.toMatch(/[{}]/);
    }
  });

  it.each(['zh-CN', 'en'] as const)('labels every import field in %s', (language) => {
    const fields = new Set(Object.values(IMPORT_FIELDS).flat());
    expect(Object.keys(transferMessages[language].field).sort()).toEqual([...fields].sort());
  });

  it('is translated', () => {
    expect(transferMessages['zh-CN'].title).toBe('导入与导出');
    expect(transferMessages.en.title).toBe('Import and export');
    expect(transferMessages['zh-CN'].lpr.level.M).toBe('待核实');
    expect(transferMessages.en.lpr.level.M).toBe('To verify');
  });
});
