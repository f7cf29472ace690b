// EPUB 3 of the cleaned article (issue 12): one XHTML chapter with the article (title, byline, date, the
// source's address, its language and direction, tables), the claims as an appendix, a navigation document,
// and the package document's metadata. Pictures the reader could copy from the page go in the book; the
// others become links to them (an EPUB may not load images from the web). Zipped by fflate, the
// `mimetype` entry first and stored, as the container format asks.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Article } from '../types.ts';
import { escapeHtml } from '../sanitize.ts';
import { cutNotice } from '../page-budget.ts';
import { hash53 } from '../text.ts';
import { bodyHtml } from './body-html.ts';
import { bytesOf } from '../base64.ts';
import { srcOf, unescapeAttribute } from './picture-sources.ts';

/** A picture of the article, copied from the page: its address there (the `src` of its block) and its bytes. */
export interface EmbeddedImage {
  src: string;
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
  bytes: Uint8Array;
}

export const EPUB_MIME = 'application/epub+zip';

export interface EpubOptions {
  images?: readonly EmbeddedImage[];
  /** When the book is made (the package's dcterms:modified). */
  now?: Date;
}

const EXTENSION_OF_MIME: Record<EmbeddedImage['mime'], string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** Characters XML does not allow at all (C0 controls but tab, newline and return; the non-characters). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const STYLE = `body{font-family:Georgia,serif;line-height:1.55}h1{line-height:1.25}.meta,.caption{color:#555;font-size:0.85em}
img{max-width:100%;height:auto}table{border-collapse:collapse;font-size:0.85em}th,td{border:1px solid #bbb;padding:0.2em 0.4em;vertical-align:top}
blockquote{margin-left:0;padding-left:1em;border-left:3px solid #ccc}`;

export function toEpub(article: Article, options: EpubOptions = {}): Uint8Array {
  const images = new Map<string, EmbeddedImage & { file: string }>();
  const addImage = (image: EmbeddedImage) => images.set(image.src, { ...image, file: `images/image-${images.size + 1}.${EXTENSION_OF_MIME[image.mime]}` }).get(image.src)!;
  for (const image of options.images ?? []) addImage(image);
  const lang = article.lang || 'und';
  const title = escapeHtml(article.title || 'Untitled');
  const identifier = `urn:crypto-reader:${hash53(`${article.url ?? ''}\n${article.title}`).toString(36)}`;
  const modified = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const usedImages = new Set<string>();
  const body = asXhtmlBody(bodyHtml(article.blocks), (src) => {
    // a picture the page held as data is in the book as it is
    const data = images.has(src) ? null : imageOfDataUrl(src);
    const image = images.get(src) ?? (data && addImage(data));
    if (!image) return null;
    usedImages.add(src);
    return image.file;
  });
  const meta = [article.byline, article.siteName, article.publishedTime?.slice(0, 10)].filter(Boolean).map((v) => escapeHtml(String(v)));
  const source = article.url ? `<p class="meta">Source: <a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>` : '';
  const chapter = xhtml(lang, article.dir, article.title, `<h1>${title}</h1>\n${meta.length ? `<p class="meta">${meta.join(' · ')}</p>\n` : ''}${source}\n${body}\n${article.cut ? `<p class="meta">${escapeHtml(cutNotice(article.cut))}</p>` : ''}`);
  const claims = article.claims.length
    ? xhtml(
        lang,
        article.dir,
        'Claims',
        `<h1>Claims</h1>\n<ol>\n${article.claims
          .map((c) => `<li><span class="meta">${escapeHtml(c.type)}, ${escapeHtml(c.sourcing)} source</span> ${xmlText(c.text)}${c.speaker ? ` — <em>${xmlText(c.speaker)}</em>` : ''}</li>`)
          .join('\n')}\n</ol>`,
      )
    : null;
  const nav = xhtml(
    lang,
    article.dir,
    'Contents',
    `<nav epub:type="toc" id="toc"><h1>Contents</h1><ol><li><a href="article.xhtml">${title}</a></li>${claims ? '<li><a href="claims.xhtml">Claims</a></li>' : ''}</ol></nav>`,
  );
  const embedded = [...images.values()].filter((image) => usedImages.has(image.src));
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="${escapeHtml(lang)}" dir="${article.dir}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">${escapeHtml(identifier)}</dc:identifier>
<dc:title>${title}</dc:title>
<dc:language>${escapeHtml(lang)}</dc:language>
${article.byline ? `<dc:creator>${xmlText(article.byline)}</dc:creator>\n` : ''}${article.publishedTime ? `<dc:date>${escapeHtml(article.publishedTime)}</dc:date>\n` : ''}${article.url ? `<dc:source>${escapeHtml(article.url)}</dc:source>\n` : ''}${article.siteName ? `<dc:publisher>${xmlText(article.siteName)}</dc:publisher>\n` : ''}<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>
${claims ? '<item id="claims" href="claims.xhtml" media-type="application/xhtml+xml"/>\n' : ''}<item id="style" href="style.css" media-type="text/css"/>
${embedded.map((image, i) => `<item id="image-${i + 1}" href="${image.file}" media-type="${image.mime}"/>`).join('\n')}
</manifest>
<spine${article.dir === 'rtl' ? ' page-progression-direction="rtl"' : ''}>
<itemref idref="article"/>
${claims ? '<itemref idref="claims"/>\n' : ''}</spine>
</package>
`;
  const files: Zippable = {
    mimetype: [strToU8(EPUB_MIME), { level: 0 }],
    'META-INF/container.xml': strToU8(`<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/nav.xhtml': strToU8(nav),
    'OEBPS/article.xhtml': strToU8(chapter),
    ...(claims ? { 'OEBPS/claims.xhtml': strToU8(claims) } : {}),
    'OEBPS/style.css': strToU8(STYLE),
    ...Object.fromEntries(embedded.map((image) => [`OEBPS/${image.file}`, [image.bytes, { level: 0 }]])),
  };
  return zipSync(files, { level: 6 });
}

/** A data: address of a picture (the sanitiser lets only base64 PNG, JPEG, GIF and WebP through) as its bytes. */
function imageOfDataUrl(src: string): EmbeddedImage | null {
  const match = /^data:(image\/(?:png|jpe?g|gif|webp));base64,([a-z0-9+/=\s]+)$/i.exec(src);
  if (!match) return null;
  const mime = match[1].toLowerCase().replace('jpg', 'jpeg') as EmbeddedImage['mime'];
  try {
    return { src, mime, bytes: bytesOf(match[2].replace(/\s+/g, '')) };
  } catch {
    return null; // not base64 after all: the picture is left out
  }
}

function xmlText(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

function xhtml(lang: string, dir: 'ltr' | 'rtl', title: string, body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${escapeHtml(lang)}" lang="${escapeHtml(lang)}" dir="${dir}">
<head><meta charset="utf-8"/><title>${xmlText(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
${body}
</body>
</html>
`;
}

/** Elements XHTML allows only inside a container of theirs, by that container: a block read from a layout cell or a lone list item stands outside it. */
const NEEDS_CONTAINER: Record<string, { in: string[]; else: string }> = {
  td: { in: ['table'], else: 'div' },
  th: { in: ['table'], else: 'div' },
  tr: { in: ['table'], else: '' },
  thead: { in: ['table'], else: '' },
  tbody: { in: ['table'], else: '' },
  tfoot: { in: ['table'], else: '' },
  caption: { in: ['table'], else: 'div' },
  li: { in: ['ul', 'ol'], else: 'div' },
  dt: { in: ['dl'], else: 'div' },
  dd: { in: ['dl'], else: 'div' },
  figcaption: { in: ['figure'], else: 'div class="caption"' },
};

/**
 * The article's body HTML (sanitised: allowlisted tags, attributes escaped and quoted) as XHTML: void
 * elements closed, characters XML forbids dropped, an element outside the container it needs (a cell, a
 * list item, a caption) made a plain block, and each picture either the copy in the book (`fileOf` names
 * it) or a link to it on the web (its words alone inside a link).
 */
function asXhtmlBody(html: string, fileOf: (src: string) => string | null): string {
  const open = new Map<string, number>();
  const inside = (names: string[]) => names.some((name) => (open.get(name) ?? 0) > 0);
  return html.replace(NOT_XML, '').replace(/<(\/?)([a-z][a-z0-9]*)((?:\s[^>]*)?)>/g, (tag, close: string, name: string, attributes: string) => {
    const rule = NEEDS_CONTAINER[name];
    // (the HTML is balanced: a closing tag meets the same containers as its opening one did)
    if (rule && !inside(rule.in)) return rule.else === '' ? '' : close ? `</${rule.else.split(' ')[0]}>` : `<${rule.else}>`;
    if (name === 'br' || name === 'hr') return `<${name}/>`;
    if (name === 'a' && !close) tag = tag.replace(/\shref="([^"]*)"/, (_, href: string) => ` href="${escapeHtml(asUri(unescapeAttribute(href)))}"`);
    if (name !== 'img') {
      open.set(name, (open.get(name) ?? 0) + (close ? -1 : 1));
      return tag;
    }
    const src = srcOf(attributes);
    const alt = /\salt="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const file = fileOf(src);
    if (file) return `<img src="${file}" alt="${alt}"/>`;
    const words = `[Image${alt ? `: ${alt}` : ''}]`;
    if (!/^https?:/i.test(src)) return '';
    return inside(['a']) ? words : `<a href="${escapeHtml(asUri(src))}">${words}</a>`;
  });
}

/**
 * An address as a URI an EPUB checker takes: characters a URI may not hold percent-encoded ("|", spaces,
 * letters beyond ASCII), and any "#" after the first one (a fragment holds none).
 */
function asUri(address: string): string {
  const encode = (part: string) => part.replace(/%(?![0-9a-f]{2})|[^A-Za-z0-9\-._~:/?@!$&'()*+,;=%]/giu, (c) => encodeURIComponent(c));
  const hash = address.indexOf('#');
  return hash < 0 ? encode(address) : `${encode(address.slice(0, hash))}#${encode(address.slice(hash + 1))}`;
}
