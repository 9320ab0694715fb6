/**
 * Word's automatic numbering (numbering.xml) rendered as the reader sees it: each level's
 * format (decimal, lowerLetter, upperRoman, …), its text pattern ("%1.%2", "(%3)",
 * "Article %1"), start values, restarts of deeper levels, "legal" numbering, and
 * w:num overrides that restart a list. Counters belong to the abstract list, so two
 * w:num that share one continue each other unless an override restarts them.
 */
import { formatNumber, type NumberFormat } from '../blocks/number-format';
import { elements, first, val, type XmlElement } from './xml-tree';

interface LevelDefinition {
  start: number;
  format: NumberFormat;
  text: string;
  /** Restart after a use of this 0-based level or any shallower one; -1 never restarts. */
  restartAfter: number;
  legal: boolean;
  suffix: string;
  styleId: string | undefined;
}

interface ListInstance {
  abstractId: string;
  /** Levels redefined for this w:num only. */
  levels: Map<number, LevelDefinition>;
  startOverrides: Map<number, number>;
}

const FORMATS: Record<string, NumberFormat> = {
  decimal: 'decimal', decimalZero: 'decimalZero', lowerLetter: 'lowerLetter', upperLetter: 'upperLetter',
  lowerRoman: 'lowerRoman', upperRoman: 'upperRoman', ordinal: 'ordinal', cardinalText: 'cardinalText',
  ordinalText: 'ordinalText', bullet: 'bullet', none: 'none',
};

function readLevel(lvl: XmlElement): LevelDefinition {
  const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0);
  const restart = val(lvl, 'w:lvlRestart');
  const suffix = val(lvl, 'w:suff') ?? 'tab';
  return {
    start: Number(val(lvl, 'w:start') ?? 1),
    // An unknown format (Chinese counting, etc.) still numbers: decimal is closest.
    format: FORMATS[val(lvl, 'w:numFmt') ?? 'decimal'] ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    restartAfter: restart === undefined ? ilvl - 1 : Number(restart) === 0 ? -1 : Number(restart) - 1,
    legal: first(lvl, 'w:isLgl') !== undefined && val(lvl, 'w:isLgl') !== '0',
    suffix: suffix === 'space' ? ' ' : suffix === 'nothing' ? '' : '\t',
    styleId: val(lvl, 'w:pStyle'),
  };
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, LevelDefinition>>();
  private readonly instances = new Map<string, ListInstance>();
  /** Counters per abstract list: level → last value used. */
  private readonly counters = new Map<string, Map<number, number>>();
  private readonly overridesApplied = new Set<string>();

  constructor(root: XmlElement | undefined) {
    const numbering = root ? first(root, 'w:numbering') : undefined;
    for (const abstract of elements(numbering, 'w:abstractNum')) {
      const levels = new Map<number, LevelDefinition>();
      for (const lvl of elements(abstract, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl));
      this.abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of elements(numbering, 'w:num')) {
      const instance: ListInstance = { abstractId: val(num, 'w:abstractNumId') ?? '', levels: new Map(), startOverrides: new Map() };
      for (const override of elements(num, 'w:lvlOverride')) {
        const ilvl = Number(override.attrs['w:ilvl'] ?? 0);
        const start = val(override, 'w:startOverride');
        if (start !== undefined) instance.startOverrides.set(ilvl, Number(start));
        const lvl = first(override, 'w:lvl');
        if (lvl) instance.levels.set(ilvl, readLevel(lvl));
      }
      this.instances.set(num.attrs['w:numId'] ?? '', instance);
    }
  }

  /** The level of a list that a paragraph style is bound to (w:lvl/w:pStyle), if any. */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    for (const [ilvl, level] of this.abstracts.get(instance.abstractId) ?? []) if (level.styleId === styleId) return ilvl;
    return undefined;
  }

  /**
   * Advances the list at this level and returns the label with its suffix ("1.1\t"),
   * or "" for bullets, unknown lists and numId 0 (numbering switched off).
   */
  next(numId: string, ilvl: number): string {
    const instance = this.instances.get(numId);
    if (!instance) return '';
    const level = this.level(instance, ilvl);
    if (!level) return '';
    const counters = this.countersFor(instance.abstractId);
    if (!this.overridesApplied.has(numId)) {
      // A w:num with a start override restarts its list where it is first used.
      this.overridesApplied.add(numId);
      for (const [overridden, start] of instance.startOverrides) counters.set(overridden, start - 1);
    }
    counters.set(ilvl, (counters.get(ilvl) ?? this.startOf(instance, ilvl) - 1) + 1);
    for (const [deeper] of [...counters]) {
      if (deeper <= ilvl) continue;
      const restartAfter = this.level(instance, deeper)?.restartAfter ?? deeper - 1;
      if (restartAfter >= 0 && ilvl <= restartAfter) counters.delete(deeper);
    }
    if (level.format === 'bullet') return '';
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const shown = Number(digit) - 1;
      const shownLevel = this.level(instance, shown);
      const value = counters.get(shown) ?? this.startOf(instance, shown);
      // Legal numbering shows every level as decimal ("1.1" under "Article I").
      const format = level.legal ? 'decimal' : (shownLevel?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    return label === '' ? '' : label + level.suffix;
  }

  private level(instance: ListInstance, ilvl: number): LevelDefinition | undefined {
    return instance.levels.get(ilvl) ?? this.abstracts.get(instance.abstractId)?.get(ilvl);
  }

  private startOf(instance: ListInstance, ilvl: number): number {
    return this.level(instance, ilvl)?.start ?? 1;
  }

  private countersFor(abstractId: string): Map<number, number> {
    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = new Map();
      this.counters.set(abstractId, counters);
    }
    return counters;
  }
}
