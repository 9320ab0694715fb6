/** Generated contracts for the review grid tests: small txt files ingested through the normal path. */
import fs from 'node:fs';
import path from 'node:path';
import { ClauseEngine } from '../../../../src/main/engine/engine';
import { tempDir } from '../../../helpers/temp-dir';

export interface FixtureContract {
  file: string;
  title: string;
  governingLaw: string | null;
  capOnLiability: boolean;
}

/** A plain-text contract with a title, a dated preamble and numbered clauses; optional clauses by flag. */
export function contractText(options: { title: string; partyA: string; partyB: string; date: string; governingLaw: string | null; capOnLiability: boolean }): string {
  const clauses = [
    `1. Services.\nThe Supplier shall supply the widgets described in Schedule A to the Customer in good working order.`,
    `2. Payment.\nThe Customer shall pay each invoice within thirty (30) days of receipt.`,
  ];
  if (options.capOnLiability) {
    clauses.push(`3. Limitation of Liability.\nIn no event shall the total aggregate liability of either party exceed the amounts paid under this Agreement in the twelve months before the claim.`);
  }
  clauses.push(`4. Term.\nThis Agreement begins on the date above and continues for two (2) years, after which it renews automatically for successive one (1) year terms unless either party gives ninety (90) days written notice of non-renewal.`);
  if (options.governingLaw) {
    clauses.push(`5. Governing Law.\nThis Agreement shall be governed by and construed in accordance with the laws of the State of ${options.governingLaw}, without regard to its conflict of laws rules.`);
  }
  clauses.push(`6. Notices.\nNotices shall be delivered by hand to the addresses on the signature page.`);
  return [
    options.title.toUpperCase(),
    '',
    `This ${options.title} (the "Agreement") is made and entered into as of ${options.date} by and between ${options.partyA} ("Supplier") and ${options.partyB} ("Customer").`,
    '',
    ...clauses.flatMap((c) => [c, '']),
    `IN WITNESS WHEREOF the parties have signed this Agreement.\n${options.partyA}\nBy: ______\n${options.partyB}\nBy: ______`,
  ].join('\n');
}

export async function gridLibrary(): Promise<{ engine: ClauseEngine; dir: string; contracts: FixtureContract[] }> {
  const dir = tempDir('grid-');
  const specs = [
    { title: 'Supply Agreement', partyA: 'Acme Widgets Inc.', partyB: 'Birch Retail LLC', date: 'May 8, 2014', governingLaw: 'New York', capOnLiability: true },
    { title: 'Distribution Agreement', partyA: 'Cobalt Tools Ltd.', partyB: 'Delta Stores Inc.', date: 'the 3rd day of June, 2019', governingLaw: 'Delaware', capOnLiability: false },
    { title: 'Service Agreement', partyA: 'Ember Labs Inc.', partyB: 'Fjord Media GmbH', date: 'January 15, 2021', governingLaw: null, capOnLiability: true },
  ];
  const contracts = specs.map((spec, i) => {
    const file = path.join(dir, `contract-${i + 1}.txt`);
    fs.writeFileSync(file, contractText(spec));
    return { file, title: spec.title, governingLaw: spec.governingLaw, capOnLiability: spec.capOnLiability };
  });
  const engine = ClauseEngine.open(path.join(dir, 'grid.db'));
  await engine.ingest(contracts.map((c) => c.file));
  return { engine, dir, contracts };
}
