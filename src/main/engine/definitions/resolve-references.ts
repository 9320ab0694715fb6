/**
 * Which clause a reference points at, from the clause numbers segmentation found: a
 * clause's address is its number path with dotted children replacing their parents
 * (["1", "1.2", "(a)"] → 1.2(a) → ["1", "2", "a"]). "Section 1.2" opens the first clause
 * of 1.2; "Article IV" also tries 4; "Schedule 2" is a clause headed "Schedule 2".
 */
import { addressOf, romanValue, type FoundReference } from './find-references';

export interface AddressedClause {
  id: number;
  path: string[];
  number: string | null;
  heading: string | null;
  /** The start of the clause text, where an unnumbered heading such as "EXHIBIT A" sits. */
  opening: string;
}

export function clauseAddress(path: readonly string[], number: string | null): string[] {
  let address: string[] = [];
  const parts = path.length > 0 ? path : number ? [number] : [];
  for (const element of parts) {
    const tokens = addressOf(element);
    if (tokens.length === 0) continue;
    const extendsCurrent = tokens.length > address.length && address.every((t, i) => tokens[i] === t);
    address = extendsCurrent ? tokens : [...address, ...tokens];
  }
  return address;
}

const startsWith = (a: readonly string[], prefix: readonly string[]) => prefix.length <= a.length && prefix.every((t, i) => a[i] === t);

export function createResolver(clauses: readonly AddressedClause[]) {
  const addressed = clauses.map((c) => ({ id: c.id, address: clauseAddress(c.path, c.number), label: `${c.heading ?? ''} ${c.opening}`.trim().toLowerCase() }));
  const byAddress = (address: readonly string[]): number | null => {
    if (address.length === 0) return null;
    const exact = addressed.find((c) => c.address.length === address.length && startsWith(c.address, address));
    if (exact) return exact.id;
    return addressed.find((c) => startsWith(c.address, address))?.id ?? null;
  };
  return (ref: FoundReference): number | null => {
    if (ref.kind === 'schedule' || ref.kind === 'exhibit' || ref.kind === 'annex' || ref.kind === 'appendix') {
      const name = `${ref.kind} ${ref.address.join('-')}`;
      const pattern = new RegExp(`^(?:[^a-z0-9]*)${name.replace(/-/g, '[-. ]?')}\\b`);
      return addressed.find((c) => pattern.test(c.label))?.id ?? null;
    }
    const direct = byAddress(ref.address);
    if (direct !== null) return direct;
    const roman = romanValue(ref.address[0] ?? '');
    return roman !== null ? byAddress([String(roman), ...ref.address.slice(1)]) : null;
  };
}
