/**
 * TextTokenizer over a transformers.js BERT tokenizer, with character offsets: the text is
 * split into basic-tokenizer words here (basic-words.ts), each distinct word is
 * word-pieced once by the library and remembered, and every piece carries its word's span.
 *
 * One deliberate difference from the library's whole-text encode: text that spells a
 * special token ("[SEP]", "[CLS]") is tokenized as ordinary characters, so a contract can
 * never inject segment boundaries into a model input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { basicWords } from './basic-words';
import { firstLine } from './error-text';
import { resolveFinalSigmas } from './final-sigma';
import { encodePairs, encodeSingles, type SpecialIds } from './encode';
import { loadLibraryTokenizer, type LibraryTokenizer } from './offline-transformers';
import { ModelLoadError, type EncodedBatch, type TextTokenizer, type TokenizedText } from './types';

/** Distinct words remembered; legal vocabulary repeats, so this covers a whole corpus. */
const WORD_CACHE_LIMIT = 50_000;

export class BertTextTokenizer implements TextTokenizer {
  readonly clsId: number;
  readonly sepId: number;
  readonly padId: number;
  private readonly special: SpecialIds;
  private readonly pieces = new Map<string, number[]>();

  constructor(private readonly library: LibraryTokenizer, special: SpecialIds) {
    this.special = special;
    this.clsId = special.clsId;
    this.sepId = special.sepId;
    this.padId = special.padId;
  }

  tokenize(text: string): TokenizedText {
    const ids: number[] = [];
    const offsets: Array<[number, number]> = [];
    for (const word of basicWords(text)) {
      for (const id of this.wordPieces(resolveFinalSigmas(text, word.text, word.start))) {
        ids.push(id);
        offsets.push([word.start, word.end]);
      }
    }
    return { ids, offsets };
  }

  encodeSingles(texts: readonly number[][], maxLength: number): EncodedBatch {
    return encodeSingles(texts, maxLength, this.special);
  }

  encodePairs(pairs: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, maxLength: number): EncodedBatch {
    return encodePairs(pairs, maxLength, this.special);
  }

  private wordPieces(word: string): number[] {
    let ids = this.pieces.get(word);
    if (ids === undefined) {
      ids = this.library.encode(word, { add_special_tokens: false });
      // Bounded: drop the oldest entry (Map keeps insertion order).
      if (this.pieces.size >= WORD_CACHE_LIMIT) this.pieces.delete(this.pieces.keys().next().value!);
      this.pieces.set(word, ids);
    }
    return ids;
  }
}

/** Loads and checks the tokenizer of a model folder; every failure is a ModelLoadError. */
export async function loadTokenizer(dir: string): Promise<BertTextTokenizer> {
  for (const name of ['tokenizer.json', 'tokenizer_config.json']) readJsonFile(path.join(dir, name));
  let library: LibraryTokenizer;
  try {
    library = await loadLibraryTokenizer(path.resolve(dir));
  } catch (error) {
    if (error instanceof ModelLoadError) throw error;
    throw invalid(dir, `it could not be loaded (${firstLine(error)})`);
  }
  return new BertTextTokenizer(library, specialIds(library, dir));
}

/** [CLS]/[SEP]/[PAD] from the tokenizer itself, checking it builds BERT-style inputs. */
function specialIds(library: LibraryTokenizer, dir: string): SpecialIds {
  const empty = library.encode('', { add_special_tokens: true });
  const pair = library.encode('a', { text_pair: 'b', add_special_tokens: true });
  const [clsId, sepId] = empty;
  const bertShaped =
    empty.length === 2 && pair.length === 5 && pair[0] === clsId && pair[2] === sepId && pair[4] === sepId;
  if (!bertShaped || clsId === undefined || sepId === undefined) {
    throw invalid(dir, 'it does not build BERT inputs ([CLS] text [SEP] and [CLS] a [SEP] b [SEP])');
  }
  const padId = library.pad_token_id;
  if (typeof padId !== 'number') throw invalid(dir, 'tokenizer_config.json names no pad_token');
  return { clsId, sepId, padId };
}

function readJsonFile(file: string): unknown {
  if (!fs.existsSync(file)) {
    throw new ModelLoadError('file-missing', `The model folder ${path.dirname(file)} has no ${path.basename(file)}; run npm run fetch-models again or copy the whole model folder.`);
  }
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModelLoadError('tokenizer-invalid', `${file} is not valid JSON (${firstLine(error)}); run npm run fetch-models again.`);
  }
}

function invalid(dir: string, why: string): ModelLoadError {
  return new ModelLoadError('tokenizer-invalid', `The tokenizer in ${dir} is not usable: ${why}.`);
}
