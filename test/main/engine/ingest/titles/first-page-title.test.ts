import { describe, expect, it } from 'vitest';
import { findParties, firstPageTitle, titleCase } from '../../../../../src/main/engine/ingest/titles/first-page-title';

describe('firstPageTitle', () => {
  it('reads a two-line capitalised title and the parties after "between"', () => {
    const page = [
      'Exhibit 10.1',
      'SITE DEVELOPMENT AND',
      'HOSTING AGREEMENT',
      'This Site Development and Hosting Agreement is made by and between AmericasShoppingMall, Inc., a Nevada',
      'corporation (“ASM”), and Elcom Services Group, Inc. (“Elcom”).',
    ].join('\n');
    expect(firstPageTitle(page)).toEqual({ title: 'Site Development and Hosting Agreement', parties: 'AmericasShoppingMall / Elcom Services Group' });
  });

  it('skips exhibit numbers and execution-copy stamps, and title-cases capitals but keeps company forms', () => {
    const page = ['EXHIBIT 10.3', 'Execution Copy', 'COOPERATION AGREEMENT', 'made by and between', 'HPIL ENERGYTECH Inc.', 'and', 'GINARES GROUP AG', 'January 5, 2015'].join('\n');
    expect(firstPageTitle(page)).toEqual({ title: 'Cooperation Agreement', parties: 'HPIL ENERGYTECH Inc / Ginares Group AG' });
  });

  it('finds no title on a page that states none', () => {
    expect(firstPageTitle('1.1 The Supplier shall deliver the Goods.\n1.2 The Buyer shall pay.')).toBeNull();
  });

  it('gives a title without parties when none are named', () => {
    expect(firstPageTitle('NON-DISCLOSURE AGREEMENT\n\n1. Confidential Information means all information.')).toEqual({ title: 'Non-Disclosure Agreement', parties: null });
  });
});

describe('helpers', () => {
  it('title-cases headings, leaving small words lower-case', () => {
    expect(titleCase('MASTER SERVICES AGREEMENT OF THE PARTIES')).toBe('Master Services Agreement of the Parties');
    expect(titleCase('Already Mixed Case')).toBe('Already Mixed Case');
  });
  it('stops a party name at its description', () => {
    expect(findParties('entered into between Acme Widgets Limited, a company registered in England, and Beta Corp (“Beta”).')).toEqual(['Acme Widgets Limited', 'Beta Corp']);
  });
});
