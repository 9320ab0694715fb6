import fs from 'node:fs';
import path from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tinyVocabulary } from '../../../scripts/models/tiny-tokenizer';
import { tinyModels } from '../../helpers/tiny-models';

let folder: string;
beforeAll(async () => {
  folder = (await tinyModels()).crossEncoderDir;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function loadOffline(dir: string) {
  env.allowRemoteModels = false;
  env.localModelPath = path.dirname(dir);
  // Any network access would fail the test.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('network access during an offline load')));
  return AutoTokenizer.from_pretrained(path.basename(dir), { local_files_only: true });
}

describe('tiny tokenizer', () => {
  it('has unique tokens with the special tokens first', () => {
    const vocab = tinyVocabulary();
    expect(new Set(vocab).size).toBe(vocab.length);
    expect(vocab.slice(0, 5)).toEqual(['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]']);
    expect(vocab.length).toBeGreaterThan(300);
  });

  it('lists the special tokens, lower-casing and max length in tokenizer_config.json', () => {
    const config = JSON.parse(fs.readFileSync(path.join(folder, 'tokenizer_config.json'), 'utf8'));
    expect(config).toMatchObject({ pad_token: '[PAD]', cls_token: '[CLS]', sep_token: '[SEP]', unk_token: '[UNK]', do_lower_case: true, model_max_length: 512 });
  });

  it('loads offline in transformers.js and encodes a pair as [CLS] a [SEP] b [SEP] with token types', async () => {
    const tokenizer = await loadOffline(folder);
    const vocab = tinyVocabulary();
    const id = (t: string) => vocab.indexOf(t);

    expect(tokenizer.tokenize('Force Majeure floods')).toEqual(['force', 'majeure', 'floods']);
    // Unknown words fall back to characters and continuation pieces, not [UNK].
    expect(tokenizer.tokenize('zygote')).toEqual(['z', '##y', '##g', '##o', '##t', '##e']);
    expect(tokenizer.tokenize('€')).toEqual(['[UNK]']);

    const encoded = tokenizer('Cap on liability?', { text_pair: 'Fees paid.', return_token_type_ids: true });
    const ids = (encoded.input_ids.tolist() as bigint[][])[0]!.map(Number);
    const types = (encoded.token_type_ids!.tolist() as bigint[][])[0]!.map(Number);
    expect(ids).toEqual([id('[CLS]'), id('cap'), id('on'), id('liability'), id('?'), id('[SEP]'), id('fees'), id('paid'), id('.'), id('[SEP]')]);
    expect(types).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(tokenizer.pad_token_id).toBe(0);
  });
});
