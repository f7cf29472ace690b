// DOM mode: a page → Article without its claims, through the stages of lib/pipeline.ts (lib/extract.ts adds
// the claims; the reader paints before it reads them). Works on a clone; the live document is never changed.
import type { Readability } from '@mozilla/readability';
import type { Article, ArticleBlock, Block, PageMeta } from './types.ts';
import { blocksFromDom, isBlockElement } from './blocks/dom.ts';
import { anchorRemovals, anchorSentences, cleanBlocks, cleanSentences } from './clean.ts';
import { applyEditsToElement } from './dom-text.ts';
import { removeBlocks } from './dom-removal.ts';
import { hasShownPasswordField } from './readable.ts';
import { detectCryptoNews, readPageForDetection } from './detect.ts';
import { ARTICLE_STAGE_RULES, BLOCK_RULES } from './rules/index.ts';
import { applyElementRules } from './element-rules.ts';
import { joinDropCaps } from './drop-caps.ts';
import { flattenDeepNesting, MAX_DEPTH } from './flatten-deep.ts';
import { cutLongPage } from './page-budget.ts';
import { clonePage, depthOf } from './clone-page.ts';
import { readPageMeta, statedUrl } from './page-meta.ts';
import { beforeReadability, restoreDropped } from './restore-dropped.ts';
import { sanitizedHtml } from './sanitize.ts';
import { ReadabilityOnClone } from './readability-on-clone.ts';
import { assembleArticle } from './assemble.ts';
import { registrableDomain } from './site-key.ts';
import { hostOf } from './url.ts';
import { collapseWhitespace, normalizeForCompare, piecesBetweenSpaces } from './text.ts';

export interface ExtractOptions {
  /** The page's address; defaults to the document's own URL when it is http(s). */
  url?: string;
  recurring?: ReadonlySet<number>;
  /** When the page is read: relative times ("4 hours ago") count back from it. */
  now?: Date;
  /**
   * Judge whether the page is crypto news (Article.detection); default true. The reader says false: the
   * detector judged the page when it loaded, and the reader shows no verdict.
   */
  detect?: boolean;
}

const PAGE_RULES = BLOCK_RULES.filter((rule) => !ARTICLE_STAGE_RULES.has(rule.name));
const ARTICLE_RULES = BLOCK_RULES.filter((rule) => ARTICLE_STAGE_RULES.has(rule.name));

export function extractPage(document: Document, options: ExtractOptions = {}): Article {
  // The page's depth, read once: whether to clone it node by node, and whether to flatten it.
  const depth = document.documentElement ? depthOf(document.documentElement) : 0;
  const clone = clonePage(document, depth); // without scripts and style sheets
  // A page far longer than any article is read up to the budget (lib/page-budget.ts), and says so.
  const cut = clone.body ? cutLongPage(clone.body) : null;
  // (cutting only removes: the clone is no deeper than the page)
  if (clone.documentElement && depth > MAX_DEPTH + 1) flattenDeepNesting(clone.documentElement);
  // A <base> in the body is no site's own (sites set it in <head>): it would send the article's relative
  // links and images wherever the page wants once Readability resolves them against the base.
  for (const base of Array.from(clone.querySelectorAll('body base'))) base.remove();
  const url = options.url ?? (/^https?:/i.test(document.URL ?? '') ? document.URL : statedUrl(clone));
  // A provisional title (the page's h1 or <title>) lets the rules tell a page about the house brand
  // from a page promoting it; Readability's cleaner title replaces it below.
  const firstHeading = collapseWhitespace(clone.querySelector('h1')?.textContent ?? '') || undefined;
  const pageMeta = { ...readPageMeta(clone), title: firstHeading ?? (collapseWhitespace(clone.title ?? '') || undefined) };

  // detect
  const detection = options.detect === false ? undefined : detectCryptoNews({ url, ...readPageForDetection(clone) });
  const hasPasswordField = hasShownPasswordField(clone);

  // elements: containers recognised by their attributes (after drop caps rejoin their paragraphs).
  joinDropCaps(clone);
  const elementRemovals = applyElementRules(clone, url);

  // page: block rules over the whole page, before Readability: the related area holds a whole second article.
  const pageBlocks = blocksFromDom(clone);
  const page = cleanBlocks({ stage: 'page', blocks: pageBlocks, meta: pageMeta, url, recurring: options.recurring, blockRules: PAGE_RULES, priorRemovals: elementRemovals });
  removeBlocks(pageBlocks, page.removed, page.kept, url);

  // readability, restore: Readability picks the article, and hands back its element (no HTML string to
  // parse again); what it left out of the article beside or inside that element comes back.
  const snapshot = beforeReadability(page.kept);
  const parsed = readabilityOrNull(clone);
  let container = parsed?.content;
  const restoration = container ? restoreDropped(container, snapshot, parsed?.title ?? pageMeta.title) : { removed: [] };
  if (!container) {
    container = clone.createElement('div');
    for (const block of page.kept) container.appendChild(block.element!.cloneNode(true));
  }

  // article: rules that read the article alone (duplicates, date lines); sentences.
  const articleBlocks = blocksFromDom(container);
  const siteName = page.meta.siteName ?? (collapseWhitespace(parsed?.siteName ?? '') || undefined);
  const byline = page.meta.byline ?? (collapseWhitespace(parsed?.byline ?? '') || undefined);
  const meta: PageMeta = {
    ...page.meta,
    title: withoutNameAfterTitle(collapseWhitespace(parsed?.title ?? '') || page.meta.title, articleBlocks[0], [siteName, byline], url),
    byline,
    siteName,
    publishedTime: page.meta.publishedTime ?? (parsed?.publishedTime || undefined),
  };

  dropLeadingTitle(articleBlocks, meta.title);
  const article = cleanBlocks({ stage: 'article', blocks: articleBlocks, meta, url, now: options.now, blockRules: ARTICLE_RULES, houseBrands: page.houseBrands });
  removeBlocks(articleBlocks, article.removed, article.kept, url);
  const sentences = cleanSentences(article.kept, article.context);
  for (const block of article.kept) {
    const edits = sentences.edits.get(block.index);
    if (edits) applyEditsToElement(block.element!, edits);
  }

  // assemble: anchors say where each removal stood in the Article, for the reader to show it in place again.
  const { blocks, elements } = outputBlocks(container, url);
  const placeOfElement = new Map(elements.map((element, i) => [element, i]));
  const placeOfText = new Map<string, number>();
  blocks.forEach((block, i) => placeOfText.has(block.text) || placeOfText.set(block.text, i));
  anchorRemovals(articleBlocks, article.removed, (b) => placeOfElement.get(b.element!), blocks.length);
  anchorRemovals(pageBlocks, page.removed, (b) => placeOfText.get(b.text), blocks.length);
  anchorSentences(sentences.removed, sentences.edits, (block) => articleBlocks[block].text, (block) => placeOfElement.get(articleBlocks[block].element!));
  const assembled = assembleArticle({
    blocks,
    meta,
    lineDate: article.meta.lineDate,
    url,
    lang: collapseWhitespace(parsed?.lang ?? clone.documentElement?.getAttribute('lang') ?? ''),
    dir: parsed?.dir,
    removed: [...elementRemovals, ...page.removed, ...restoration.removed, ...article.removed, ...sentences.removed],
    detection,
    hasPasswordField,
  });
  const template = page.houseBrands[0]?.site;
  return { ...assembled, ...(template && { template }), ...(cut && { cut }) };
}

/**
 * The title without the site's name after it ("Friday Facts #282 - 0.17 in sight | Factorio"): where the
 * article opens with the rest as its heading, or the tail is the site's name or its address's ("Factorio" on
 * factorio.com), or the writer's ("… whale strandings | Eleanor Ainge Roy" by Eleanor Ainge Roy). Readability
 * keeps a whole og:title, and a <title> its separators would cut too short.
 */
function withoutNameAfterTitle(title: string | undefined, first: Block | undefined, tailNames: readonly (string | undefined)[], url: string | undefined): string | undefined {
  const parts = title ? TITLE_AND_TAIL.exec(title) : null;
  if (!parts) return title;
  const [, head, tail] = parts;
  if (first?.type === 'heading' && collapseWhitespace(first.text) === head) return head;
  const name = normalizeForCompare(tail);
  // the site's own name ("Factorio.com" as "Factorio") or the writer's, or the name its address was registered under ("factorio" of wiki.factorio.com)
  const names = [...tailNames.map((known) => known && normalizeForCompare(known.replace(/\.[a-z]{2,6}$/i, ''))), registrableDomain(hostOf(url)).split('.')[0]];
  return name !== '' && piecesBetweenSpaces(head) >= MIN_TITLE_WORDS && names.includes(name) ? head : title;
}
/** A title, a separator and a name of a few words after it ("| Factorio", "- BBC News"). */
const TITLE_AND_TAIL = /^(.*\S)\s+[|\-–—·•»:]\s+(\S+(?:\s+\S+){0,3})$/;
/** Words a title keeps at the least when the site's name is cut off it. */
const MIN_TITLE_WORDS = 3;

/** Readability keeps the page's <h1> when it differs slightly from <title>; the reader shows the title itself. */
function dropLeadingTitle(blocks: Block[], title: string | undefined): void {
  const first = blocks[0];
  if (!title || !first || first.type !== 'heading') return;
  if (normalizeForCompare(first.text) === normalizeForCompare(title)) first.element!.remove();
}

/** The article's blocks as the Article carries them (text, sanitised HTML), with the elements they came from. */
function outputBlocks(container: Element, url: string | undefined): { blocks: ArticleBlock[]; elements: Element[] } {
  const out: ArticleBlock[] = [];
  const elements: Element[] = [];
  for (const block of blocksFromDom(container, { images: true, features: false })) {
    const element = block.element!;
    if (block.type === 'table') {
      out.push({ type: 'table', text: block.text, html: sanitizedHtml(element, url), rows: block.rows, headerRows: block.headerRows });
      elements.push(element);
      continue;
    }
    if (block.type === 'image') {
      if (isTrackingPixel(element)) continue;
      const html = sanitizedHtml(element, url);
      if (html) {
        out.push({ type: 'image', text: block.text, html });
        elements.push(element);
      }
      continue;
    }
    const text = block.text; // the element's own text, read as ownText reads it
    const holdsBlocks = Array.from(element.querySelectorAll('*')).some((el) => isBlockElement(el));
    const html = holdsBlocks ? `<p>${sanitizedHtml(element.ownerDocument.createTextNode(text), url)}</p>` : sanitizedHtml(element, url);
    const outBlock: ArticleBlock = block.level ? { type: block.type, text, level: block.level, html } : { type: block.type, text, html };
    if (element.tagName === 'LI' && element.parentElement?.tagName === 'OL') outBlock.ordered = true;
    out.push(outBlock);
    elements.push(element);
  }
  return { blocks: out, elements };
}

/** 1×1 images and analytics beacons are not pictures. */
function isTrackingPixel(img: Element): boolean {
  const tiny = (name: string) => /^[0-2](?:px)?$/.test(img.getAttribute(name) ?? '');
  return (tiny('width') && tiny('height')) || /[/?&.](?:pixel|beacon)(?:[/?&.=]|$)/i.test(img.getAttribute('src') ?? '');
}

/**
 * Readability's reading of the clone, or null when it finds no article or throws (it has, on pages built to
 * break it): then the blocks the page rules kept are the article, and the page is never lost.
 */
function readabilityOrNull(clone: Document): ReturnType<Readability<Element>['parse']> {
  try {
    return new ReadabilityOnClone(clone, { keepClasses: false, serializer: (element) => element as Element }).parse();
  } catch (error) {
    console.warn('Crypto Reader: Readability failed on this page; the cleaned blocks are used instead.', error);
    return null;
  }
}

