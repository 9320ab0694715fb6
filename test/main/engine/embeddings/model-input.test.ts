import { describe, expect, it } from 'vitest';
import { modelInput } from '../../../../src/main/engine/embeddings/model-input';

describe('modelInput', () => {
  it('reads the first window as is, since it already starts with the heading', () => {
    expect(modelInput({ text: '7. Indemnity. The Supplier shall', heading: 'Indemnity', firstOfClause: true })).toBe('7. Indemnity. The Supplier shall');
  });

  it('puts the heading before a later window of the clause', () => {
    expect(modelInput({ text: 'defend the Customer.', heading: ' Indemnity ', firstOfClause: false })).toBe('Indemnity: defend the Customer.');
  });

  it('leaves a window without a heading as it is', () => {
    expect(modelInput({ text: 'more text', heading: null, firstOfClause: false })).toBe('more text');
    expect(modelInput({ text: 'more text', heading: '  ', firstOfClause: false })).toBe('more text');
  });
});
