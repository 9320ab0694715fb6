/** The BERT shapes the generator can produce, and their Hugging Face config.json. */

export type ModelSize = 'tiny' | 'minilm';
export type HeadKind = 'cross-encoder' | 'bi-encoder';

export interface BertShape {
  hiddenSize: number;
  numHiddenLayers: number;
  numAttentionHeads: number;
  intermediateSize: number;
  vocabSize: number;
  maxPositionEmbeddings: number;
  typeVocabSize: number;
  layerNormEps: number;
}

/** MiniLM-L6-H384, the shape of both ms-marco-MiniLM-L-6-v2 and all-MiniLM-L6-v2. */
const MINILM: Omit<BertShape, 'vocabSize'> = {
  hiddenSize: 384,
  numHiddenLayers: 6,
  numAttentionHeads: 12,
  intermediateSize: 1536,
  maxPositionEmbeddings: 512,
  typeVocabSize: 2,
  layerNormEps: 1e-12,
};

/** Small enough that tests generate and run it in milliseconds; 512 positions like the real one. */
const TINY: Omit<BertShape, 'vocabSize'> = {
  hiddenSize: 32,
  numHiddenLayers: 2,
  numAttentionHeads: 2,
  intermediateSize: 64,
  maxPositionEmbeddings: 512,
  typeVocabSize: 2,
  layerNormEps: 1e-12,
};

/** The real MiniLM vocabulary size (bert-base-uncased). */
export const MINILM_VOCAB_SIZE = 30522;

export function bertShape(size: ModelSize, vocabSize: number): BertShape {
  return { ...(size === 'minilm' ? MINILM : TINY), vocabSize };
}

/** The model each generated folder stands in for. */
export const STANDS_FOR: Record<HeadKind, string> = {
  'cross-encoder': 'cross-encoder/ms-marco-MiniLM-L-6-v2',
  'bi-encoder': 'sentence-transformers/all-MiniLM-L6-v2',
};

export function bertConfigJson(shape: BertShape, head: HeadKind): Record<string, unknown> {
  const common = {
    _name_or_path: STANDS_FOR[head],
    model_type: 'bert',
    attention_probs_dropout_prob: 0.1,
    hidden_act: 'gelu',
    hidden_dropout_prob: 0.1,
    hidden_size: shape.hiddenSize,
    initializer_range: 0.02,
    intermediate_size: shape.intermediateSize,
    layer_norm_eps: shape.layerNormEps,
    max_position_embeddings: shape.maxPositionEmbeddings,
    num_attention_heads: shape.numAttentionHeads,
    num_hidden_layers: shape.numHiddenLayers,
    pad_token_id: 0,
    position_embedding_type: 'absolute',
    type_vocab_size: shape.typeVocabSize,
    vocab_size: shape.vocabSize,
  };
  if (head === 'bi-encoder') return { ...common, architectures: ['BertModel'] };
  return {
    ...common,
    architectures: ['BertForSequenceClassification'],
    num_labels: 1,
    id2label: { '0': 'LABEL_0' },
    label2id: { LABEL_0: 0 },
  };
}
