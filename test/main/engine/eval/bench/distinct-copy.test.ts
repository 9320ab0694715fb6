import { describe, expect, it } from 'vitest';
import { distinctCopy } from '../../../../../src/main/engine/eval/bench/scale/distinct-copy';

const TEXT = 'This Agreement is between Acme Widgets, Inc. ("Acme") and Blue Sky Ltd. Acme Widgets, Inc. shall pay $1,250,000.00 and then $500.';

describe('distinct copies of a contract', () => {
  it('keeps copy 0 as it is', () => {
    expect(distinctCopy(TEXT, 'a.txt', 0)).toBe(TEXT);
  });

  it('gives each copy a first line, its own party names (consistently) and scaled amounts', () => {
    const one = distinctCopy(TEXT, 'a.txt', 1);
    const two = distinctCopy(TEXT, 'a.txt', 2);
    expect(one.split('\n')[0]).toBe('Library copy 1 of a.txt');
    expect(one).not.toContain('Acme Widgets');
    expect(one).not.toContain('Blue Sky');
    expect(one).toContain('$1,375,000.00');
    expect(one).toContain('$550');
    const [first, second] = [...one.matchAll(/([A-Z][a-z]+ [A-Z][a-z]+ 1), Inc/g)].map((m) => m[1]);
    expect(first).toBe(second);
    expect(new Set([TEXT, one, two]).size).toBe(3);
  });
});
