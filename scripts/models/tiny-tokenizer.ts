/**
 * A small uncased BERT WordPiece tokenizer written from scratch, in the Hugging Face
 * tokenizers format (tokenizer.json + tokenizer_config.json + special_tokens_map.json +
 * vocab.txt), for tiny test models. Same special tokens, normaliser, pre-tokeniser and
 * [CLS] a [SEP] b [SEP] template as bert-base-uncased, with a few hundred words.
 */
import { TINY_SUFFIXES, TINY_WORDS } from './tiny-vocabulary';

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** Printable ASCII punctuation, digits and letters, plus the section sign contracts use. */
const CHARACTERS = [...'!"#$%&\'()*+,-./0123456789:;<=>?@[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~§'];

export interface TokenizerFiles {
  /** File name → contents. */
  files: Record<string, string>;
  vocabSize: number;
}

/** Tokens in id order: special tokens, characters, words, then ## continuation pieces. */
export function tinyVocabulary(): string[] {
  const continuations = [...CHARACTERS.filter((c) => /[a-z0-9]/.test(c)), ...TINY_SUFFIXES].map((p) => `##${p}`);
  return [...new Set([...SPECIAL_TOKENS, ...CHARACTERS, ...TINY_WORDS, ...continuations])];
}

const special = (content: string, id: number) => ({
  id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
});

export function tinyTokenizerFiles(): TokenizerFiles {
  const tokens = tinyVocabulary();
  const vocab = Object.fromEntries(tokens.map((t, i) => [t, i]));
  const id = (t: string): number => vocab[t]!;
  const seq = (name: 'A' | 'B', typeId: number) => ({ Sequence: { id: name, type_id: typeId } });
  const tok = (name: string, typeId: number) => ({ SpecialToken: { id: name, type_id: typeId } });

  const tokenizerJson = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((t) => special(t, id(t))),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [tok('[CLS]', 0), seq('A', 0), tok('[SEP]', 0)],
      pair: [tok('[CLS]', 0), seq('A', 0), tok('[SEP]', 0), seq('B', 1), tok('[SEP]', 1)],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [id(t)], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
  const specialTokensMap = { cls_token: '[CLS]', mask_token: '[MASK]', pad_token: '[PAD]', sep_token: '[SEP]', unk_token: '[UNK]' };
  const tokenizerConfig = {
    ...specialTokensMap,
    clean_up_tokenization_spaces: true,
    do_basic_tokenize: true,
    do_lower_case: true,
    model_max_length: 512,
    never_split: null,
    strip_accents: null,
    tokenize_chinese_chars: true,
    tokenizer_class: 'BertTokenizer',
  };
  return {
    files: {
      'tokenizer.json': JSON.stringify(tokenizerJson, null, 2),
      'tokenizer_config.json': JSON.stringify(tokenizerConfig, null, 2),
      'special_tokens_map.json': JSON.stringify(specialTokensMap, null, 2),
      'vocab.txt': `${tokens.join('\n')}\n`,
    },
    vocabSize: tokens.length,
  };
}
