import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ru } from './ru';
import { sourceFiles } from './cyrillic-literals';
import { ruExecution } from './ru-execution';

const featureDir = fileURLToPath(new URL('../features/execution', import.meta.url));

describe('ruExecution', () => {
  const entries = Object.entries(ruExecution) as [string, string][];

  it('keys are in the execution namespace', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [key] of entries) expect(key).toMatch(/^execution\.[A-Za-z0-9_.]+$/);
  });

  it('has no empty texts', () => {
    for (const [key, value] of entries) expect(value.trim(), key).not.toBe('');
  });

  it('uses only word placeholders, with balanced braces', () => {
    for (const [key, value] of entries) {
      for (const m of value.matchAll(/\{([^{}]*)\}/g)) expect(m[1], `${key}: ${value}`).toMatch(/^\w+$/);
      expect(value.replace(/\{\w+\}/g, ''), `${key}: ${value}`).not.toMatch(/[{}]/);
    }
  });

  it('is part of the dictionary, unchanged', () => {
    const dictionary: Record<string, string> = ru;
    for (const [key, value] of entries) expect(dictionary[key], key).toBe(value);
  });

  it('every key is used by the execution feature', () => {
    const code = sourceFiles(featureDir)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Keys built in a template, e.g. t(`execution.chart.month.${month}`).
    const prefixes = [...code.matchAll(/`(execution\.[\w.]*)\$\{/g)].map((m) => m[1]!);
    const unused = entries.map(([key]) => key).filter((key) => !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
