/** The package part docx writes the document's core properties (title, author, dates) to. */
export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

export interface CoreProperties {
  title: string;
  creator: string;
  description?: string;
  /** Recorded as both the created and the modified date. */
  date: Date;
}

/**
 * docx stamps core.xml with the wall clock and has no option for it, so the export passes
 * this part as an override: the dates then come from the caller and the document's XML
 * is the same from run to run for the same input.
 */
export function corePropertiesXml(props: CoreProperties): string {
  const when = props.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const fields = [
    `<dc:title>${escapeXml(props.title)}</dc:title>`,
    props.description ? `<dc:description>${escapeXml(props.description)}</dc:description>` : '',
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    fields.join('') +
    '</cp:coreProperties>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
