// One registry, and every rule in lib/rules/ is in it: adding a rule is one file and one registry line.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { ALL_RULES } from '../lib/rules/index.ts';

const NOT_RULE_FILES = new Set(['index.ts', 'types.ts', 'house-brands.ts']);

describe('rule registry', () => {
  it('lists every rule exported by a rule family file', async () => {
    const registered = new Set(ALL_RULES);
    for (const file of readdirSync('lib/rules').filter((f) => f.endsWith('.ts') && !NOT_RULE_FILES.has(f))) {
      const module = await import(`../lib/rules/${file}`);
      const rules = Object.values(module).filter((v): v is object => typeof v === 'object' && v !== null && 'kind' in v && 'name' in v);
      expect(rules.length, `${file} exports no rule`).toBeGreaterThan(0);
      for (const rule of rules) expect(registered.has(rule as never), `${file}: ${(rule as { name: string }).name} is not registered`).toBe(true);
    }
  });

  it('gives every rule a unique name, a category and a description', () => {
    const names = ALL_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of ALL_RULES) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
      if (rule.kind !== 'keep') expect(['related', 'duplicate', 'promo', 'chrome', 'boilerplate']).toContain(rule.category);
      if (rule.kind === 'element') expect(Boolean(rule.attributes) !== Boolean(rule.find)).toBe(true);
    }
  });
});
