/**
 * The decisions the ACORD cross-validation re-checks, each a list of alternatives with
 * the current product choice first (ties keep it). Every alternative changes one thing
 * on top of the product's defaults, so each decision is measured on its own.
 */
import { DEFAULT_LEXICAL_OPTIONS, type LexicalOptions } from '../../search/lexical-search';
import type { FeedbackOptions } from '../../search/feedback/relevance-feedback';
import type { RankingConfig } from './ranking-config';

export interface Alternative {
  label: string;
  config: RankingConfig;
}

export interface Decision {
  name: string;
  alternatives: Alternative[];
  /** The alternative without the feature: what a choice has to beat held-out to be kept. */
  simplest: number;
}

const withLexical = (base: LexicalOptions, change: Partial<LexicalOptions>): RankingConfig => ({ lexical: { ...base, ...change } });

export function lexicalDecisions(base: LexicalOptions = DEFAULT_LEXICAL_OPTIONS): Decision[] {
  const flag = (name: string, key: 'dropStopwords' | 'adjacentPairs' | 'dropRequestWords' | 'stemPrefixes' | 'equivalences'): Decision => {
    const current = base[key] ?? false;
    return {
      name,
      alternatives: [
        { label: current ? 'on (current)' : 'off (current)', config: withLexical(base, {}) },
        { label: current ? 'off' : 'on', config: withLexical(base, { [key]: !current }) },
      ],
      simplest: current ? 1 : 0,
    };
  };
  const currentWindow = base.proximityWindow ?? 0;
  const proximity = [currentWindow, ...[0, 5, 10, 20].filter((w) => w !== currentWindow)];
  const rm3: Array<FeedbackOptions | undefined> = [undefined];
  for (const clauses of [3, 5, 10]) for (const terms of [5, 10, 20]) for (const weight of [0.2, 0.35, 0.5]) rm3.push({ clauses, terms, weight });
  return [
    flag('drop request words ("clause", "provision")', 'dropRequestWords'),
    flag('long words also as a prefix of their rough root', 'stemPrefixes'),
    flag('drop function words', 'dropStopwords'),
    flag('adjacent query words as OR\'ed phrases', 'adjacentPairs'),
    flag('legal equivalences (indemnify / hold harmless ...)', 'equivalences'),
    {
      name: 'term proximity: adjacent words NEAR each other',
      alternatives: proximity.map((w) => ({ label: `${w === 0 ? 'off' : `within ${w}`}${w === currentWindow ? ' (current)' : ''}`, config: withLexical(base, { proximityWindow: w }) })),
      simplest: proximity.indexOf(0),
    },
    {
      name: 'BM25 k1 and b (own scoring; FTS5 fixes 1.2 / 0.75)',
      alternatives: [
        { label: 'FTS5 bm25() (current)', config: { lexical: base } },
        ...[0.6, 0.9, 1.2, 1.6, 2.0].flatMap((k1) =>
          [0.3, 0.5, 0.75, 0.9].map((b) => ({ label: `own k1 ${k1}, b ${b}`, config: { lexical: base, bm25: { k1, b } } })),
        ),
      ],
      simplest: 0,
    },
    {
      name: 'RM3 pseudo-relevance feedback',
      alternatives: rm3.map((f) => ({
        label: f ? `top ${f.clauses}, ${f.terms} words, weight ${f.weight}` : 'off (current)',
        config: f ? { lexical: base, feedback: f } : { lexical: base },
      })),
      simplest: 0,
    },
  ];
}

/** Every combination of the on/off choices, two proximity windows and two RM3 settings: the whole tuning space in one selection. */
export function jointGrid(base: LexicalOptions = DEFAULT_LEXICAL_OPTIONS): Alternative[] {
  const out: Alternative[] = [{ label: 'current defaults', config: { lexical: base } }];
  const bools = [true, false];
  for (const dropRequestWords of bools)
    for (const stemPrefixes of bools)
      for (const dropStopwords of bools)
        for (const adjacentPairs of bools)
          for (const equivalences of bools)
            for (const proximityWindow of [0, 10])
              for (const feedback of [undefined, { clauses: 5, terms: 10, weight: 0.35 }]) {
                const lexical = { ...base, dropRequestWords, stemPrefixes, dropStopwords, adjacentPairs, equivalences, proximityWindow };
                const label = [
                  dropRequestWords ? 'request-' : '', stemPrefixes ? 'prefix' : '', dropStopwords ? 'stop-' : '', adjacentPairs ? 'pairs' : '',
                  equivalences ? 'equiv' : '', proximityWindow ? `near${proximityWindow}` : '', feedback ? 'rm3' : '',
                ].filter(Boolean).join(' ');
                out.push({ label: label || 'plain OR', config: feedback ? { lexical, feedback } : { lexical } });
              }
  return out;
}
