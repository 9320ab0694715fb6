/**
 * Checks that a loaded ONNX model takes BERT inputs and gives the output its role needs:
 * by name from the session's metadata, then by shape from one tiny probe run (metadata
 * shapes are often symbolic, and a model can load yet fail to run).
 */
import { BertRunner } from './bert-runner';
import { firstLine } from './error-text';
import type { Ort, OrtSession } from './ort-runtime';
import { ModelLoadError, type ModelRole, type TextTokenizer } from './types';

const BERT_INPUTS = ['input_ids', 'attention_mask', 'token_type_ids'];

export const EXPECTED_OUTPUT: Record<ModelRole, { name: string; shape: string }> = {
  'cross-encoder': { name: 'logits', shape: '[batch, 1]' },
  'bi-encoder': { name: 'last_hidden_state', shape: '[batch, seq, hidden]' },
};

/** A runner for the role's output; throws io-mismatch when names do not fit. */
export function bertRunnerFor(ort: Ort, session: OrtSession, role: ModelRole, file: string): BertRunner {
  const inputs = session.inputNames;
  const unknown = inputs.filter((name) => !BERT_INPUTS.includes(name));
  const absent = ['input_ids', 'attention_mask'].filter((name) => !inputs.includes(name));
  if (unknown.length > 0 || absent.length > 0) {
    throw mismatch(file, role, `its inputs are ${list(inputs)}; a BERT model takes input_ids, attention_mask and token_type_ids`);
  }
  const expected = EXPECTED_OUTPUT[role];
  if (!session.outputNames.includes(expected.name)) {
    throw mismatch(file, role, `its outputs are ${list(session.outputNames)}; a ${role} must output ${expected.name} ${expected.shape}`);
  }
  return new BertRunner(ort, session, expected.name);
}

/** Runs [CLS] [SEP] (or a pair of empty segments) and checks the output shape; returns the hidden size. */
export async function probeShape(
  runner: BertRunner,
  tokenizer: TextTokenizer,
  role: ModelRole,
  file: string,
  hiddenSize: number | undefined,
): Promise<number> {
  const batch = role === 'cross-encoder' ? tokenizer.encodePairs([{ a: [], b: [] }], 8) : tokenizer.encodeSingles([[]], 8);
  let dims: readonly number[];
  try {
    dims = (await runner.run(batch)).dims;
  } catch (error) {
    throw mismatch(file, role, `it fails on a two-token input (${firstLine(error)})`);
  }
  const expected = EXPECTED_OUTPUT[role];
  const ok =
    role === 'cross-encoder'
      ? dims.length === 2 && dims[0] === 1 && dims[1] === 1
      : dims.length === 3 && dims[0] === 1 && dims[1] === batch.seqLen && dims[2]! > 0 && (hiddenSize === undefined || dims[2] === hiddenSize);
  if (!ok) {
    const hidden = hiddenSize === undefined ? '' : ` (hidden ${hiddenSize} per config.json)`;
    throw mismatch(file, role, `its ${expected.name} has shape [${dims.join(', ')}] for one input of ${batch.seqLen} tokens, not ${expected.shape}${hidden}`);
  }
  return dims[dims.length - 1]!;
}

function mismatch(file: string, role: ModelRole, why: string): ModelLoadError {
  return new ModelLoadError('io-mismatch', `${file} is not a ${role} model the app can use: ${why}.`);
}

function list(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.join(', ');
}
