import { describe, expect, it } from 'vitest';
import { fmtGflops, fmtMB, fmtMs, fmtPercentOf, fmtRate, fmtRatio, shortName } from '../../../../../src/main/engine/eval/bench/bench-format';
import { describeMachine } from '../../../../../src/main/engine/eval/bench/machine-info';
import { renderSection } from '../../../../../src/main/engine/eval/bench/render-section';

describe('number formatting', () => {
  it('keeps decimals for short durations and switches to seconds for long ones', () => {
    expect(fmtMs(1.234)).toBe('1.23 ms');
    expect(fmtMs(412.6)).toBe('413 ms');
    expect(fmtMs(2412)).toBe('2.41 s');
    expect(fmtMs(61_000)).toBe('61.0 s');
    expect(fmtMs(Number.NaN)).toBe('n/a');
  });

  it('prints rates with three significant figures, large ones whole with separators', () => {
    expect(fmtRate(83.04)).toBe('83.0');
    expect(fmtRate(3.4412)).toBe('3.44');
    expect(fmtRate(4754.4)).toBe('4,754');
    expect(fmtRate(Number.NaN)).toBe('n/a');
  });

  it('prints GFLOP/s with one decimal and shares of the peak as whole percents', () => {
    expect(fmtGflops(193.8926)).toBe('193.9');
    expect(fmtGflops(Number.NaN)).toBe('n/a');
    expect(fmtPercentOf(130.3, 193.9)).toBe('67%');
    expect(fmtPercentOf(321.7, 193.9)).toBe('166%');
    expect(fmtPercentOf(1, 0)).toBe('n/a');
  });

  it('prints megabytes and ratios', () => {
    expect(fmtMB(15_500_000)).toBe('15.5 MB');
    expect(fmtRatio(12.345)).toBe('12.3×');
    expect(fmtRatio(null)).toBe('n/a');
  });
});

describe('shortName', () => {
  it('leaves short names alone and cuts long ones in the middle to the limit', () => {
    expect(shortName('test_contract.pdf')).toBe('test_contract.pdf');
    const cut = shortName('KINGPHARMACEUTICALSINC_08_09_2006-EX-10.1-PROMOTION AGREEMENT.PDF', 30);
    expect(cut).toHaveLength(30);
    expect(cut.startsWith('KINGPHARMA')).toBe(true);
    expect(cut.endsWith('.PDF')).toBe(true);
    expect(cut).toContain('…');
  });
});

describe('renderSection and describeMachine', () => {
  it('prints the title, each table (with its title) and the notes as bullets', () => {
    const text = renderSection('demo', {
      tables: [{ title: 'Per file', header: ['file', 'ms'], rows: [['a.pdf', '1.00 ms']] }],
      notes: ['Warm-up first.'],
    });
    expect(text).toBe(['== demo ==', '', 'Per file', 'file        ms', '-----  -------', 'a.pdf  1.00 ms', '', '* Warm-up first.'].join('\n'));
  });

  it('describes the machine on one line', () => {
    const line = describeMachine({ cpuModel: 'AMD EPYC', logicalCores: 2, totalMemoryBytes: 8 * 2 ** 30, node: 'v20.20.2', platform: 'linux', arch: 'x64' });
    expect(line).toBe('AMD EPYC, 2 logical cores, 8.0 GiB, Node v20.20.2, linux x64');
  });
});
