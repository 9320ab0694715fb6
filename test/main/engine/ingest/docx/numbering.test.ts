import { describe, expect, it } from 'vitest';
import { Numbering } from '../../../../../src/main/engine/ingest/docx/numbering';
import { parseXml } from '../../../../../src/main/engine/ingest/docx/xml-tree';

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const NUMBERING = `<w:numbering xmlns:w="x">
  <w:abstractNum w:abstractNumId="0">
    ${lvl(0, 'upperRoman', 'ARTICLE %1', '<w:suff w:val="space"/>')}
    ${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}
    ${lvl(2, 'lowerLetter', '(%3)')}
    ${lvl(3, 'lowerRoman', '(%4)', '<w:lvlRestart w:val="1"/>')}
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('Numbering', () => {
  it('renders level formats, patterns, legal numbering, restarts and overrides', () => {
    const n = new Numbering(parseXml(NUMBERING));
    const labels = [
      n.next('1', 0), n.next('1', 1), n.next('1', 2), n.next('1', 2), n.next('1', 3), n.next('1', 1), n.next('1', 3), n.next('1', 2),
      n.next('2', 0), // shares the abstract list: continues at II
      n.next('2', 1),
      n.next('3', 0), // start override: restarts at VII
      n.next('0', 0), // numId 0 switches numbering off
    ];
    expect(labels).toEqual([
      'ARTICLE I ', '1.1\t', '(a)\t', '(b)\t', '(i)\t', '1.2\t',
      // lvlRestart 1: level 3 restarts only after level 0, so it carries on past 1.2.
      '(ii)\t',
      '(a)\t',
      'ARTICLE II ', '2.1\t', 'ARTICLE VII ', '',
    ]);
  });
});
