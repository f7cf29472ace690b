// A DOM for Node: linkedom (htmlparser2). It runs no scripts and loads nothing, so pages stay data.
// (happy-dom 21 truncates pages with a <style> inside an inline <svg>; jsdom is 5–10× slower here.)
// Browsers give every page an <html>, a <head> and a <body>; linkedom builds only what the text has, and
// a fragment ("<h1>…</h1><p>…</p>", plain text) would have no body to read. The shell is added first.
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(withDocumentShell(html)).document as unknown as Document;
}

const HAS_HTML = /<html[\s>]/i;
const HAS_BODY = /<(?:body|frameset)[\s>]/i;
const TITLE = /<title[\s>][\s\S]*?<\/title\s*>/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;
const HTML_END = /<\/html\s*>\s*$/i;

/** The page with the <html>, <head> and <body> a browser would add around what it lacks. */
export function withDocumentShell(html: string): string {
  const hasHtml = HAS_HTML.test(html);
  if (hasHtml && HAS_BODY.test(html)) return html;
  const title = TITLE.exec(html)?.[0] ?? '';
  if (!hasHtml) return `<!DOCTYPE html><html><head>${title}</head><body>${html.replace(DOCTYPE, '').replace(title, '')}</body></html>`;
  // <html> without <body>: what follows the head is the body.
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    return `${html.slice(0, at)}<body>${html.slice(at).replace(HTML_END, '')}</body></html>`;
  }
  const open = HAS_HTML.exec(html)!;
  const at = html.indexOf('>', open.index) + 1;
  return `${html.slice(0, at)}<head>${title}</head><body>${html.slice(at).replace(title, '').replace(HTML_END, '')}</body></html>`;
}
