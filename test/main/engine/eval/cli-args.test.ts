import { describe, expect, it } from 'vitest';
import { parseEvalArgs, UsageError } from '../../../../src/main/engine/eval/cli-args';

describe('parseEvalArgs', () => {
  it('defaults to ACORD, lexical', () => {
    expect(parseEvalArgs([])).toEqual({ dataset: 'acord', mode: 'lexical', help: false });
  });

  it('reads every option, as "--flag value" or "--flag=value"', () => {
    const args = parseEvalArgs(['--dataset=all', '--mode', 'full', '--models', 'm', '--qrels', 'q.tsv', '--queries=q.jsonl', '--data', 'd', '--out', 'o.json']);
    expect(args).toEqual({
      dataset: 'all',
      mode: 'full',
      modelsDir: 'm',
      qrelsFile: 'q.tsv',
      queriesFile: 'q.jsonl',
      dataDir: 'd',
      outFile: 'o.json',
      help: false,
    });
  });

  it.each([
    [['--dataset', 'maud'], /Unknown dataset "maud"/],
    [['--mode', 'dense'], /Unknown mode "dense"/],
    [['--out'], /--out needs a value/],
    [['--out', '--mode'], /--out needs a value/],
    [['--verbose'], /Unknown option --verbose/],
    [['stray'], /Unexpected argument "stray"/],
    [['--data', 'a', '--data', 'b'], /given twice/],
    [['--qrels', 'q.tsv'], /go together/],
    [['--dataset', 'legalbenchrag', '--qrels', 'q', '--queries', 'r'], /ACORD dataset only/],
  ])('rejects %j with one sentence', (argv, message) => {
    expect(() => parseEvalArgs(argv)).toThrow(UsageError);
    expect(() => parseEvalArgs(argv)).toThrow(message);
  });
});

describe('--cv', () => {
  it('takes a fold count for ACORD lexical and refuses it elsewhere', async () => {
    const { parseEvalArgs } = await import('../../../../src/main/engine/eval/cli-args');
    expect(parseEvalArgs(['--dataset', 'acord', '--cv', '5']).cvFolds).toBe(5);
    expect(() => parseEvalArgs(['--cv', '1'])).toThrow(/2 or more/);
    expect(() => parseEvalArgs(['--cv', 'x'])).toThrow(/whole number/);
    expect(() => parseEvalArgs(['--dataset', 'legalbenchrag', '--cv', '5'])).toThrow(/acord/);
  });
});

describe('--similar', () => {
  it('is an ACORD lexical switch, not combined with --cv', async () => {
    const { parseEvalArgs } = await import('../../../../src/main/engine/eval/cli-args');
    expect(parseEvalArgs(['--similar']).similar).toBe(true);
    expect(parseEvalArgs([]).similar).toBeUndefined();
    expect(() => parseEvalArgs(['--similar', '--cv', '5'])).toThrow(/without --cv/);
    expect(() => parseEvalArgs(['--dataset', 'legalbenchrag', '--similar'])).toThrow(/acord/);
  });
});
