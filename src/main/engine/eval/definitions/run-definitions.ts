/**
 * `npm run eval -- --dataset definitions`: every CUAD contract is ingested, and the
 * definitions and cross-references found at ingest are counted per contract, with the
 * share of references that resolve to a clause and 50 seeded samples of each for a
 * reviewer to judge. No labels exist for these, so precision is read off the samples.
 */
import { assignFolds } from '../cv/folds';
import type { EvalJson } from '../eval-json';
import { formatTable } from '../text-table';

export interface DocumentLinkCounts {
  file: string;
  definitions: number;
  references: number;
  resolved: number;
}

export interface LinkSample {
  file: string;
  /** The term or the reference label. */
  label: string;
  /** The definition text, or the resolved clause's number and heading. */
  detail: string;
}

export interface DefinitionsMeasurement {
  documents: DocumentLinkCounts[];
  definitionForms: Record<string, number>;
  referenceKinds: Record<string, { found: number; resolved: number }>;
  definitionSamples: LinkSample[];
  referenceSamples: LinkSample[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** A fixed pseudo-random choice of up to `n` items, the same on every run. */
export function seededSample<T>(items: readonly T[], n: number, seed = 14): T[] {
  if (items.length <= n) return [...items];
  const folds = assignFolds(items.length, 2, seed);
  const order = items.map((_, i) => i).sort((a, b) => folds[a]! - folds[b]! || ((a * 2654435761) % 4294967296) - ((b * 2654435761) % 4294967296));
  return order.slice(0, n).sort((a, b) => a - b).map((i) => items[i]!);
}

export function formatDefinitions(m: DefinitionsMeasurement): { text: string; json: EvalJson } {
  const defs = m.documents.map((d) => d.definitions);
  const refs = m.documents.map((d) => d.references);
  const totalRefs = refs.reduce((a, b) => a + b, 0);
  const resolved = m.documents.reduce((a, d) => a + d.resolved, 0);
  const stat = (label: string, xs: number[]) => [label, String(xs.reduce((a, b) => a + b, 0)), (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(1), String(median(xs)), String(Math.min(...xs)), String(Math.max(...xs)), String(xs.filter((x) => x === 0).length)];
  const clip = (s: string, n: number) => (s.replace(/\s+/g, ' ').length > n ? `${s.replace(/\s+/g, ' ').slice(0, n - 1)}…` : s.replace(/\s+/g, ' '));
  const text = [
    `Definitions and cross-references found at ingest, ${m.documents.length} CUAD contracts`,
    '',
    formatTable(['per contract', 'total', 'mean', 'median', 'min', 'max', 'contracts with none'], [stat('definitions', defs), stat('references', refs)]),
    '',
    `References resolving to a clause of the same contract: ${resolved} of ${totalRefs} (${((100 * resolved) / Math.max(1, totalRefs)).toFixed(1)} %).`,
    `Definition forms: ${Object.entries(m.definitionForms).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    '',
    formatTable(
      ['reference kind', 'found', 'resolved', 'share'],
      Object.entries(m.referenceKinds)
        .sort((a, b) => b[1].found - a[1].found)
        .map(([k, v]) => [k, String(v.found), String(v.resolved), `${((100 * v.resolved) / Math.max(1, v.found)).toFixed(1)} %`]),
    ),
    '',
    '50 sample definitions (seeded) for review: term — definition',
    ...m.definitionSamples.map((s, i) => `${String(i + 1).padStart(2)}. [${clip(s.file, 40)}] "${s.label}" — ${clip(s.detail, 160)}`),
    '',
    '50 sample references (seeded) for review: label → resolved clause',
    ...m.referenceSamples.map((s, i) => `${String(i + 1).padStart(2)}. [${clip(s.file, 40)}] ${s.label} → ${clip(s.detail, 120)}`),
  ].join('\n');
  return {
    text,
    json: {
      dataset: 'definitions',
      mode: 'lexical',
      metrics: {
        'definitions/mean': defs.reduce((a, b) => a + b, 0) / Math.max(1, defs.length),
        'references/mean': totalRefs / Math.max(1, refs.length),
        'references/resolved%': (100 * resolved) / Math.max(1, totalRefs),
      },
      perQuery: m.documents,
      definitionForms: m.definitionForms,
      referenceKinds: m.referenceKinds,
      definitionSamples: m.definitionSamples,
      referenceSamples: m.referenceSamples,
    },
  };
}
