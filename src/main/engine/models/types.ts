/**
 * The contracts between model loading (models/), the embedding phase and the search
 * stages. Implementations live in models/; search and ingest code depends only on these.
 */

/** Token ids of one text without special tokens, with each token's [start, end) in the text. */
export interface TokenizedText {
  ids: number[];
  offsets: Array<[number, number]>;
}

/** Tensors ready for a BERT-shaped ONNX model: [batch, seqLen], int64, row-major. */
export interface EncodedBatch {
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  tokenTypeIds: BigInt64Array;
  batch: number;
  seqLen: number;
}

export interface TextTokenizer {
  readonly clsId: number;
  readonly sepId: number;
  readonly padId: number;
  /** WordPiece tokens of `text` (lower-cased etc. as the model expects), no special tokens. */
  tokenize(text: string): TokenizedText;
  /** [CLS] ids [SEP] per text, truncated to maxLength, padded to the longest in the batch. */
  encodeSingles(texts: readonly number[][], maxLength: number): EncodedBatch;
  /** [CLS] a [SEP] b [SEP] per pair with token types 0/1, truncated (b first) to maxLength, padded. */
  encodePairs(pairs: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, maxLength: number): EncodedBatch;
}

/** Where inference runs, and why a preferred provider was not used. */
export interface DeviceInfo {
  provider: 'cuda' | 'dml' | 'coreml' | 'cpu';
  /** One sentence per provider that was tried and failed. */
  fallbacks: string[];
  intraOpThreads: number;
}

/** A bi-encoder: texts → L2-normalised vectors (mean pooling over the attention mask). */
export interface Embedder {
  /** Identifies model and variant, e.g. "all-MiniLM-L6-v2/int8"; recorded with stored vectors. */
  readonly modelId: string;
  readonly dimension: number;
  readonly maxLength: number;
  readonly tokenizer: TextTokenizer;
  readonly device: DeviceInfo;
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
  /** Frees the ONNX session; the embedder must not be used afterwards. */
  dispose?(): Promise<void>;
}

/** A cross-encoder: (query, passage) token pairs → raw logits (one per pair). */
export interface PairScorer {
  readonly modelId: string;
  /** Longest input the model takes, special tokens included (512 for MiniLM). */
  readonly maxLength: number;
  readonly tokenizer: TextTokenizer;
  readonly device: DeviceInfo;
  scorePairs(pairs: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, signal?: AbortSignal): Promise<Float32Array>;
  /** Frees the ONNX session; the scorer must not be used afterwards. */
  dispose?(): Promise<void>;
}

export type ModelErrorCode =
  | 'folder-missing'
  | 'file-missing'
  | 'hash-mismatch'
  | 'onnx-invalid'
  | 'tokenizer-invalid'
  | 'config-invalid'
  | 'io-mismatch'
  | 'runtime-missing';

/** The two model folders under a models root: `<root>/bi-encoder`, `<root>/cross-encoder`. */
export type ModelRole = 'bi-encoder' | 'cross-encoder';

/** Weights file: fp32 = onnx/model.onnx, int8 = onnx/model_quantized.onnx. */
export type ModelVariant = 'fp32' | 'int8';

/** A model folder that cannot be used; the message says what is wrong and what to do. */
export class ModelLoadError extends Error {
  readonly code: ModelErrorCode;
  constructor(code: ModelErrorCode, message: string) {
    super(message);
    this.name = 'ModelLoadError';
    this.code = code;
  }
}
