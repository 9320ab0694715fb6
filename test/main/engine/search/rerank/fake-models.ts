import type { DeviceInfo, EncodedBatch, PairScorer, TextTokenizer, TokenizedText } from '../../../../../src/main/engine/models/types';

/** Whitespace "words" as tokens, ids from a growing vocabulary; counts its calls. */
export class FakeTokenizer implements TextTokenizer {
  readonly padId = 0;
  readonly clsId = 1;
  readonly sepId = 2;
  tokenizeCalls = 0;
  private readonly vocab = new Map<string, number>();

  tokenize(text: string): TokenizedText {
    this.tokenizeCalls += 1;
    const ids: number[] = [];
    const offsets: Array<[number, number]> = [];
    for (const match of text.matchAll(/\S+/gu)) {
      const word = match[0].toLowerCase();
      if (!this.vocab.has(word)) this.vocab.set(word, 100 + this.vocab.size);
      ids.push(this.vocab.get(word)!);
      offsets.push([match.index, match.index + match[0].length]);
    }
    return { ids, offsets };
  }

  encodeSingles(): EncodedBatch {
    throw new Error('not used by the re-ranker');
  }

  encodePairs(): EncodedBatch {
    throw new Error('not used by the re-ranker');
  }
}

export type Pair = { a: readonly number[]; b: readonly number[] };

/**
 * logit = (window tokens that also occur in the query) − 2, so the window holding the
 * query's words wins. Records every batch; `beforeBatch` lets a test act between batches.
 */
export class FakeScorer implements PairScorer {
  readonly device: DeviceInfo = { provider: 'cpu', fallbacks: [], intraOpThreads: 1 };
  readonly batches: Pair[][] = [];
  beforeBatch: ((batchIndex: number, signal?: AbortSignal) => void) | null = null;

  constructor(
    readonly tokenizer: FakeTokenizer = new FakeTokenizer(),
    readonly maxLength = 32,
    readonly modelId = 'fake-cross-encoder',
  ) {}

  get pairsScored(): number {
    return this.batches.reduce((sum, batch) => sum + batch.length, 0);
  }

  async scorePairs(pairs: ReadonlyArray<Pair>, signal?: AbortSignal): Promise<Float32Array> {
    this.beforeBatch?.(this.batches.length, signal);
    this.batches.push([...pairs]);
    await Promise.resolve();
    return Float32Array.from(pairs, ({ a, b }) => {
      const query = new Set(a);
      return b.filter((id) => query.has(id)).length - 2;
    });
  }
}

/** `count` distinct filler words that never occur in a query. */
export function filler(count: number, tag = 'w'): string {
  return Array.from({ length: count }, (_, i) => `${tag}${i}`).join(' ');
}
