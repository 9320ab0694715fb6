/** The tokenizer files a generated model folder gets: copied from a real tokenizer, or the tiny one. */
import fs from 'node:fs';
import path from 'node:path';
import { tinyTokenizerFiles, type TokenizerFiles } from './tiny-tokenizer';

/** transformers.js needs both: tokenizer_config.json names pad_token and the tokenizer class. */
export const REQUIRED_TOKENIZER_FILES = ['tokenizer.json', 'tokenizer_config.json'] as const;
const OPTIONAL = ['special_tokens_map.json', 'vocab.txt'] as const;

/** Reads a Hugging Face tokenizer folder; vocabSize is the largest token id + 1. */
export function readTokenizerFolder(dir: string): TokenizerFiles {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`Tokenizer folder ${dir} does not exist.`);
  const files: Record<string, string> = {};
  for (const name of [...REQUIRED_TOKENIZER_FILES, ...OPTIONAL]) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) files[name] = fs.readFileSync(file, 'utf8');
    else if ((REQUIRED_TOKENIZER_FILES as readonly string[]).includes(name)) throw new Error(`Tokenizer folder ${dir} has no ${name}.`);
  }
  let parsed: { model?: { vocab?: Record<string, number> }; added_tokens?: Array<{ id: number }> };
  try {
    parsed = JSON.parse(files['tokenizer.json']!);
  } catch {
    throw new Error(`${path.join(dir, 'tokenizer.json')} is not valid JSON.`);
  }
  const ids = [...Object.values(parsed.model?.vocab ?? {}), ...(parsed.added_tokens ?? []).map((t) => t.id)];
  if (ids.length === 0) throw new Error(`${path.join(dir, 'tokenizer.json')} has no vocabulary.`);
  return { files, vocabSize: ids.reduce((max, id) => Math.max(max, id), 0) + 1 };
}

export function tokenizerFiles(tokenizerDir: string | undefined): TokenizerFiles {
  return tokenizerDir ? readTokenizerFolder(tokenizerDir) : tinyTokenizerFiles();
}
