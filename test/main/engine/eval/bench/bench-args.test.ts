import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, parseBenchArgs } from '../../../../../src/main/engine/eval/bench/bench-args';
import { UsageError } from '../../../../../src/main/engine/eval/cli-args';

describe('parseBenchArgs', () => {
  it('defaults to three runs over the whole corpus', () => {
    expect(parseBenchArgs([])).toEqual({ runs: DEFAULT_RUNS, quick: false, help: false });
  });

  it('reads every option, as "--flag value" or "--flag=value"', () => {
    expect(parseBenchArgs(['--runs', '5', '--quick', '--data=d', '--out', 'o.json'])).toEqual({
      runs: 5,
      quick: true,
      dataDir: 'd',
      outFile: 'o.json',
      help: false,
    });
    expect(parseBenchArgs(['-h']).help).toBe(true);
    expect(parseBenchArgs(['--models', 'm']).modelsDir).toBe('m');
  });

  it.each([
    [['--runs', '0'], /at least 1/],
    [['--runs', '2.5'], /whole number/],
    [['--runs=x'], /whole number/],
    [['--out'], /--out needs a value/],
    [['--data', '--quick'], /--data needs a value/],
    [['--runs', '1', '--runs', '2'], /given twice/],
    [['--models'], /--models needs a value/],
    [['--fast'], /Unknown option --fast/],
    [['stray'], /Unexpected argument "stray"/],
  ])('rejects %j with one sentence', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(UsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('parseBenchArgs --scale', () => {
  it('reads the copy factors in the order given', () => {
    expect(parseBenchArgs(['--scale', '1,4,10']).scaleFactors).toEqual([1, 4, 10]);
    expect(parseBenchArgs(['--scale=2']).scaleFactors).toEqual([2]);
    expect(parseBenchArgs([]).scaleFactors).toBeUndefined();
  });

  it('refuses factors that are not whole numbers from 1 to 20, or repeated', () => {
    for (const bad of ['0', '1,x', '21', '1.5', '4,4', '']) expect(() => parseBenchArgs(['--scale', bad]), bad).toThrow(UsageError);
  });
});
