/**
 * A BERT encoder as an ONNX graph of standard opset-17 ops, with a cross-encoder head
 * (pooler + 1-logit classifier) or the bare last_hidden_state of a bi-encoder. The op
 * pattern follows what a PyTorch export of BertModel produces, so onnxruntime's BERT
 * fusions (LayerNorm, GELU, MatMul+Add) apply to it as they do to the real models.
 */
import type { BertShape, HeadKind } from './bert-config';
import { BertInit } from './bert-init';
import { GraphBuilder, floatTensor } from './onnx-builder';
import { DataType, type ModelProto } from './onnx-proto';

const BATCH = 'batch_size';
const SEQ = 'sequence_length';

/** Additive mask value for padded keys, as BERT's get_extended_attention_mask used it. */
const MASK_NEGATIVE = -10000;

class BertGraph {
  readonly g: GraphBuilder;

  constructor(
    private readonly shape: BertShape,
    private readonly init: BertInit,
    name: string,
  ) {
    this.g = new GraphBuilder(name);
  }

  private param(name: string, dims: number[], values: Float32Array): string {
    return this.g.initializer(floatTensor(name, dims, values));
  }

  /** x·W + b with W stored [in, out] (MatMul's B layout), BERT init. */
  dense(x: string, name: string, inSize: number, outSize: number): string {
    const w = this.param(`${name}.weight`, [inSize, outSize], this.init.normal(inSize * outSize));
    const b = this.param(`${name}.bias`, [outSize], this.init.zeros(outSize));
    return this.g.op('Add', [this.g.op('MatMul', [x, w]), b]);
  }

  layerNorm(x: string, name: string): string {
    const h = this.shape.hiddenSize;
    const gamma = this.param(`${name}.weight`, [h], this.init.ones(h));
    const beta = this.param(`${name}.bias`, [h], this.init.zeros(h));
    return this.g.op('LayerNormalization', [x, gamma, beta], { axis: -1, epsilon: { float: this.shape.layerNormEps } });
  }

  /** GELU by its erf formula: 0.5·x·(1 + erf(x/√2)). */
  gelu(x: string): string {
    const g = this.g;
    const erf = g.op('Erf', [g.op('Div', [x, g.floatScalar(Math.SQRT2)])]);
    return g.op('Mul', [g.op('Mul', [x, g.op('Add', [erf, g.floatScalar(1)])]), g.floatScalar(0.5)]);
  }

  embeddings(inputIds: string, tokenTypeIds: string): string {
    const { g, shape } = this;
    const h = shape.hiddenSize;
    const words = this.param('embeddings.word_embeddings.weight', [shape.vocabSize, h], this.init.normal(shape.vocabSize * h));
    const positions = this.param('embeddings.position_embeddings.weight', [shape.maxPositionEmbeddings, h], this.init.normal(shape.maxPositionEmbeddings * h));
    const types = this.param('embeddings.token_type_embeddings.weight', [shape.typeVocabSize, h], this.init.normal(shape.typeVocabSize * h));
    // Position ids 0..seq-1 come from the input's own shape, so callers pass three inputs only.
    const seqLen = g.op('Gather', [g.op('Shape', [inputIds]), g.int64s([1], [])], { axis: 0 });
    const positionIds = g.op('Range', [g.int64s([0], []), seqLen, g.int64s([1], [])]);
    const sum = g.op('Add', [
      g.op('Add', [g.op('Gather', [words, inputIds], { axis: 0 }), g.op('Gather', [types, tokenTypeIds], { axis: 0 })]),
      g.op('Gather', [positions, positionIds], { axis: 0 }),
    ]);
    return this.layerNorm(sum, 'embeddings.LayerNorm');
  }

  /** (1 − mask)·−10000 as [batch, 1, 1, seq]: broadcast over heads and query positions. */
  extendedMask(attentionMask: string): string {
    const g = this.g;
    const mask = g.op('Cast', [g.op('Unsqueeze', [attentionMask, g.int64s([1, 2])])], { to: DataType.FLOAT });
    return g.op('Mul', [g.op('Sub', [g.floatScalar(1), mask]), g.floatScalar(MASK_NEGATIVE)]);
  }

  /** [batch, seq, hidden] → [batch, heads, seq, headDim], or → [batch, heads, headDim, seq] for keys. */
  private splitHeads(x: string, transposeForKeys: boolean): string {
    const { numAttentionHeads: heads, hiddenSize } = this.shape;
    const split = this.g.op('Reshape', [x, this.g.int64s([0, 0, heads, hiddenSize / heads])]);
    return this.g.op('Transpose', [split], { perm: transposeForKeys ? [0, 2, 3, 1] : [0, 2, 1, 3] });
  }

  selfAttention(x: string, mask: string, prefix: string): string {
    const { g, shape } = this;
    const h = shape.hiddenSize;
    const q = this.splitHeads(this.dense(x, `${prefix}.attention.self.query`, h, h), false);
    const kT = this.splitHeads(this.dense(x, `${prefix}.attention.self.key`, h, h), true);
    const v = this.splitHeads(this.dense(x, `${prefix}.attention.self.value`, h, h), false);
    const headDim = h / shape.numAttentionHeads;
    const scores = g.op('Add', [g.op('Div', [g.op('MatMul', [q, kT]), g.floatScalar(Math.sqrt(headDim))]), mask]);
    const probs = g.op('Softmax', [scores], { axis: -1 });
    const context = g.op('Transpose', [g.op('MatMul', [probs, v])], { perm: [0, 2, 1, 3] });
    return g.op('Reshape', [context, g.int64s([0, 0, h])]);
  }

  layer(x: string, mask: string, index: number): string {
    const { g, shape } = this;
    const h = shape.hiddenSize;
    const prefix = `encoder.layer.${index}`;
    const context = this.selfAttention(x, mask, prefix);
    const attended = this.layerNorm(
      g.op('Add', [this.dense(context, `${prefix}.attention.output.dense`, h, h), x]),
      `${prefix}.attention.output.LayerNorm`,
    );
    const inner = this.gelu(this.dense(attended, `${prefix}.intermediate.dense`, h, shape.intermediateSize));
    return this.layerNorm(
      g.op('Add', [this.dense(inner, `${prefix}.output.dense`, shape.intermediateSize, h), attended]),
      `${prefix}.output.LayerNorm`,
    );
  }
}

/** The whole model: three int64 inputs, `logits` [batch, 1] or `last_hidden_state` [batch, seq, hidden]. */
export function buildBertModel(shape: BertShape, head: HeadKind, seed: number): ModelProto {
  if (shape.hiddenSize % shape.numAttentionHeads !== 0) throw new Error('hidden size must be a multiple of the head count');
  const bert = new BertGraph(shape, new BertInit(seed), head === 'cross-encoder' ? 'bert_cross_encoder' : 'bert_bi_encoder');
  const g = bert.g;
  const inputIds = g.input('input_ids', DataType.INT64, [BATCH, SEQ]);
  const attentionMask = g.input('attention_mask', DataType.INT64, [BATCH, SEQ]);
  const tokenTypeIds = g.input('token_type_ids', DataType.INT64, [BATCH, SEQ]);

  const mask = bert.extendedMask(attentionMask);
  let hidden = bert.embeddings(inputIds, tokenTypeIds);
  for (let i = 0; i < shape.numHiddenLayers; i++) hidden = bert.layer(hidden, mask, i);

  if (head === 'bi-encoder') {
    g.op('Identity', [hidden], {}, 'last_hidden_state');
    g.output('last_hidden_state', DataType.FLOAT, [BATCH, SEQ, shape.hiddenSize]);
  } else {
    // Pooler reads the [CLS] position only.
    const first = g.op('Gather', [hidden, g.int64s([0], [])], { axis: 1 });
    const pooled = g.op('Tanh', [bert.dense(first, 'pooler.dense', shape.hiddenSize, shape.hiddenSize)]);
    g.op('Identity', [bert.dense(pooled, 'classifier', shape.hiddenSize, 1)], {}, 'logits');
    g.output('logits', DataType.FLOAT, [BATCH, 1]);
  }
  return g.model(`Random-weight BERT (${head}); not a trained model.`);
}
