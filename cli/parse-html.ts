// A DOM for Node: linkedom (htmlparser2). It runs no scripts and loads nothing, so pages stay data.
// (happy-dom 21 truncates pages with a <style> inside an inline <svg>; jsdom is 5–10× slower here.)
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
