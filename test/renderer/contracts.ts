/**
 * The documents the browser tests drop into the app, written as real files: the shared
 * sample contract, a second contract so results come from two documents, and two files
 * that must fail with a sentence (a scan without a text layer, a password-protected PDF).
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeContractPdf, makeEncryptedPdf, makeImageOnlyPdf, makeSampleContractPdf } from '../fixtures/pdf-fixtures';

export interface ContractFiles {
  msa: string;
  supply: string;
  scan: string;
  locked: string;
}

function supplyAgreementPages(): string[][] {
  return [
    [
      'SUPPLY AGREEMENT',
      '',
      'This Supply Agreement is made on 1 June 2024 between Corrigan Mills Ltd. (“Seller”)',
      'and Ostrander Foods plc (“Buyer”).',
      '',
      '1. SUPPLY OF GOODS',
      '',
      '1.1 Seller shall supply the Goods listed in Schedule 1 in the quantities that Buyer',
      'orders from time to time, delivered to Buyer’s distribution centre in Leeds.',
      '',
      '1.2 Title and risk in the Goods pass to Buyer on delivery.',
      '',
      '2. PRICE AND PAYMENT',
      '',
      '2.1 Buyer shall pay the prices set out in Schedule 2 within sixty (60) days of the',
      'end of the month in which the invoice is received.',
      '',
      '3. DATA PROTECTION',
      '',
      '3.1 Each party shall keep a record of processing activities as required by GDPR',
      'Article 30 and make it available to the supervisory authority on request.',
    ],
    [
      '4. FORCE MAJEURE',
      '',
      '4.1 Neither party shall be in breach of this Agreement if a flood, storm, fire or other',
      'natural disaster prevents it from performing, provided that it resumes performance',
      'as soon as reasonably possible. If the event lasts more than ninety (90) days, either',
      'party may terminate this Agreement by written notice.',
      '',
      '5. LIMITATION OF LIABILITY',
      '',
      '5.1 Seller’s total liability for any claim arising under this Agreement is limited',
      'to the price paid by Buyer for the Goods that gave rise to the claim.',
      '',
      '6. TERMINATION',
      '',
      '6.1 Either party may terminate this Agreement on six (6) months’ written notice.',
    ],
  ];
}

export async function writeContracts(dir: string): Promise<ContractFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const files: ContractFiles = {
    msa: path.join(dir, 'master-services-agreement.pdf'),
    supply: path.join(dir, 'supply-agreement.pdf'),
    scan: path.join(dir, 'scanned-lease.pdf'),
    locked: path.join(dir, 'locked-nda.pdf'),
  };
  fs.writeFileSync(files.msa, await makeSampleContractPdf());
  fs.writeFileSync(files.supply, await makeContractPdf({ title: 'Supply Agreement', pageNumbers: true, pages: supplyAgreementPages() }));
  fs.writeFileSync(files.scan, await makeImageOnlyPdf(2));
  fs.writeFileSync(files.locked, makeEncryptedPdf());
  return files;
}

/** `count` distinct contracts (different titles, so different bytes) in a folder: an import long enough to cancel. */
export async function writeContractFolder(dir: string, count: number): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const bytes = await makeContractPdf({ title: `Services Agreement ${i}`, header: `Services Agreement ${i}`, pages: supplyAgreementPages() });
    fs.writeFileSync(path.join(dir, `services-agreement-${String(i).padStart(3, '0')}.pdf`), bytes);
  }
  return dir;
}
