import { describe, expect, it } from 'vitest';
import { EDIT_LABELS, editLabelKey } from '../model/labels';
import en from './en.json';
import zhCN from './zh-CN.json';
import { resolveLanguage } from '.';

type Tree = { [key: string]: string | Tree };

/** Leaf keys, with plural suffixes folded (Chinese has only the "other" form). */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const k of keys(value, path)) out.add(k);
  }
  return out;
}

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
}

describe('message catalogs', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect([...keys(zhCN as Tree)].sort()).toEqual([...keys(en as Tree)].sort());
  });

  it('are written in Chinese in the Chinese catalog', () => {
    const chinese = leaves(zhCN as Tree).filter((s) => /[\u4e00-\u9fff]/.test(s));
    // Everything but pure placeholders/symbols ("{{value}}%") is Chinese.
    expect(chinese.length).toBeGreaterThan(leaves(zhCN as Tree).length * 0.9);
  });

  it('translate every edit label', () => {
    for (const key of Object.keys(EDIT_LABELS)) {
      expect((en.edits as Record<string, string>)[key]).toBeTruthy();
      expect((zhCN.edits as Record<string, string>)[key]).toBeTruthy();
    }
    expect(editLabelKey('Add step')).toBe('addStep');
    expect(editLabelKey('Imported from JSON')).toBeNull();
  });

  it('follow the system language when no preference is stored', () => {
    expect(resolveLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(resolveLanguage(null, 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('en');
  });
});
