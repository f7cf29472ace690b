// The structure an EPUB 3 must have, checked on its bytes (issue 12): the `mimetype` entry first, stored
// (not compressed) and saying application/epub+zip; META-INF/container.xml naming the package document;
// the package with its required metadata, every manifest item in the zip, a navigation document and a
// spine; every XHTML file well-formed XML. For the unit and Chromium tests; epubcheck (Debian) checks the
// same books against the whole specification in `npm run check:epub`.
import { strFromU8, unzipSync } from 'fflate';

export interface EpubStructure {
  files: string[];
  opf: Document;
  metadata: Record<string, string[]>;
  /** Manifest items by id: href (relative to the package) and media type. */
  manifest: Map<string, { href: string; type: string; properties: string }>;
  spine: { idrefs: string[]; direction: string | null };
  /** Each XHTML file, parsed. */
  xhtml: Map<string, Document>;
}

/** Parse XML strictly (jsdom's DOMParser: the test's environment, or one given): throws on any well-formedness error. */
function strictParser(Parser: typeof DOMParser) {
  return (text: string, name: string, type: DOMParserSupportedType = 'application/xml'): Document => {
    const document = new Parser().parseFromString(text, type);
    const error = document.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`${name} is not well-formed XML: ${error.textContent}`);
    return document;
  };
}

export function epubStructure(bytes: Uint8Array, Parser: typeof DOMParser = globalThis.DOMParser): EpubStructure {
  const parseXml = strictParser(Parser);
  // the first local file header: signature, version, flags, method (0 = stored), …, name at 30
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) throw new Error('not a zip file');
  const nameLength = view.getUint16(26, true);
  const firstName = strFromU8(bytes.subarray(30, 30 + nameLength));
  if (firstName !== 'mimetype') throw new Error(`the first entry is ${firstName}, not mimetype`);
  if (view.getUint16(8, true) !== 0) throw new Error('mimetype is compressed; it must be stored');
  const entries = unzipSync(bytes);
  const text = (path: string) => {
    if (!entries[path]) throw new Error(`no ${path} in the book`);
    return strFromU8(entries[path]);
  };
  if (text('mimetype') !== 'application/epub+zip') throw new Error('mimetype does not say application/epub+zip');
  const container = parseXml(text('META-INF/container.xml'), 'container.xml');
  const opfPath = container.getElementsByTagName('rootfile')[0]?.getAttribute('full-path');
  if (!opfPath) throw new Error('container.xml names no package document');
  const opf = parseXml(text(opfPath), opfPath);
  const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const metadata: Record<string, string[]> = {};
  for (const element of Array.from(opf.getElementsByTagName('metadata')[0]?.children ?? [])) {
    const key = element.tagName === 'meta' ? `meta:${element.getAttribute('property')}` : element.tagName;
    (metadata[key] ??= []).push(element.textContent ?? '');
  }
  const manifest = new Map(
    Array.from(opf.getElementsByTagName('item')).map((item) => [
      item.getAttribute('id')!,
      { href: item.getAttribute('href')!, type: item.getAttribute('media-type')!, properties: item.getAttribute('properties') ?? '' },
    ]),
  );
  for (const { href } of manifest.values()) if (!entries[base + href]) throw new Error(`the manifest lists ${href}, which is not in the book`);
  const spineElement = opf.getElementsByTagName('spine')[0];
  const spine = { idrefs: Array.from(opf.getElementsByTagName('itemref')).map((ref) => ref.getAttribute('idref')!), direction: spineElement?.getAttribute('page-progression-direction') ?? null };
  for (const idref of spine.idrefs) if (!manifest.has(idref)) throw new Error(`the spine names ${idref}, which the manifest does not hold`);
  const xhtml = new Map<string, Document>();
  for (const { href, type } of manifest.values()) if (type === 'application/xhtml+xml') xhtml.set(href, parseXml(text(base + href), href, 'application/xhtml+xml'));
  return { files: Object.keys(entries), opf, metadata, manifest, spine, xhtml };
}
