// The site memory in extension storage (lib/site-memory.ts is what it holds and how it changes): one item a
// site, `local:site-memory:<site>`, and an index of the sites. Only the background writes it, one change
// after another; the options page reads the index and asks the background to forget.
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { addressKey } from '../lib/address.ts';
import { EMPTY_SITE_MEMORY, isSiteMemory, keepOnSite, rememberArticle, templateFingerprints, touchSite, type SiteIndex, type SiteMemory } from '../lib/site-memory.ts';
import { siteOf, TEMPLATE_NAMES } from '../lib/site-key.ts';
import { oneAfterAnother } from './one-after-another.ts';

const INDEX_KEY = 'local:site-memory-index';
const itemKey = (site: string) => `local:site-memory:${site}` as const;

/** The template fingerprints of a page: its site's, and each known template's (lib/sites/) by name. */
export interface LearnedBlocks {
  site: number[];
  templates: Record<string, number[]>;
}

/** What the reader asks about a page: its address, and the template it was recognised as, if any. */
export interface PageOfSite {
  url: string;
  template?: string;
}

export async function readSiteIndex(): Promise<SiteIndex> {
  const index = await storage.getItem<SiteIndex>(INDEX_KEY);
  return index && typeof index === 'object' ? index : {};
}

/**
 * The memories of the sites read lately, kept while the background runs (reading a full one from storage
 * takes a few milliseconds; the reader asks on every opening). Whatever changes a memory in storage changes
 * it here too (storage.onChanged), so it never serves an old one.
 */
const recent = new Map<string, SiteMemory>();
/** Sites kept in memory (a page asks for its site and each known template: empty ones are kept too, to not read them again). */
const RECENT_SITES = 16;
const MEMORY_KEY_PREFIX = 'site-memory:';
browser.storage?.local?.onChanged?.addListener((changes) => {
  for (const [key, { newValue }] of Object.entries(changes)) {
    if (!key.startsWith(MEMORY_KEY_PREFIX)) continue;
    const site = key.slice(MEMORY_KEY_PREFIX.length);
    if (isSiteMemory(newValue)) keepRecent(site, newValue);
    else recent.delete(site);
  }
});

function keepRecent(site: string, memory: SiteMemory): SiteMemory {
  recent.delete(site);
  recent.set(site, memory);
  if (recent.size > RECENT_SITES) recent.delete(recent.keys().next().value!);
  return memory;
}

/** The memories of these sites, from those kept or with one read of storage for the others. */
async function readMemories(sites: readonly string[]): Promise<SiteMemory[]> {
  const missing = sites.filter((site) => !recent.has(site));
  if (missing.length > 0) {
    const stored = await storage.getItems(missing.map(itemKey));
    // an item this version cannot read (a newer extension's, a damaged one) starts over rather than failing each page
    missing.forEach((site, i) => keepRecent(site, isSiteMemory(stored[i]?.value) ? stored[i].value : EMPTY_SITE_MEMORY));
  }
  return sites.map((site) => recent.get(site) ?? EMPTY_SITE_MEMORY);
}

async function readMemory(site: string): Promise<SiteMemory> {
  return (await readMemories([site]))[0];
}

/**
 * What the memory knows as template on a page, before the page is read: the fingerprints of its site, and
 * of each known template (the page may turn out to be one on a mirror domain). One read of storage.
 */
export async function learnedBlocksOf(url: string): Promise<LearnedBlocks> {
  const site = siteOf(url);
  if (!site) return { site: [], templates: {} };
  const sites = [site, ...TEMPLATE_NAMES.map((name) => siteOf(url, name)!)];
  const memories = await readMemories(sites);
  const address = addressKey(url);
  const fingerprints = (i: number) => [...templateFingerprints(memories[i], address)];
  return { site: fingerprints(0), templates: Object.fromEntries(TEMPLATE_NAMES.map((name, i) => [name, fingerprints(i + 1)])) };
}

// Changes run one after another: two tabs of one site finishing together must not lose one's blocks.
const serially = oneAfterAnother();

/** Remember the blocks of an article the reader showed; the least recently read sites past the limit are forgotten. */
export function learnArticle(page: PageOfSite, fingerprints: readonly number[]): Promise<void> {
  return serially(async () => {
    const site = siteOf(page.url, page.template);
    if (!site || fingerprints.length === 0) return;
    const memory = rememberArticle(await readMemory(site), addressKey(page.url), fingerprints);
    const { index, forget } = touchSite(await readSiteIndex(), site, Date.now(), memory.entries.length);
    await storage.setItems([
      { key: itemKey(site), value: memory },
      { key: INDEX_KEY, value: index },
    ]);
    keepRecent(site, memory);
    if (forget.length > 0) await storage.removeItems(forget.map(itemKey));
  });
}

/** A person showed a learned block again (keep: true): it is no longer removed on the site; or hid it again. */
export function keepBlockOnSite(page: PageOfSite, fingerprint: number, keep: boolean): Promise<void> {
  return serially(async () => {
    const site = siteOf(page.url, page.template);
    if (!site || !(site in (await readSiteIndex()))) return; // a site forgotten meanwhile stays forgotten
    const memory = keepOnSite(await readMemory(site), fingerprint, keep);
    await storage.setItem(itemKey(site), memory);
    keepRecent(site, memory);
  });
}

/** Forget the sites named, or every site. */
export function forgetSites(sites: readonly string[] | 'all'): Promise<void> {
  return serially(async () => {
    const index = await readSiteIndex();
    const names = sites === 'all' ? Object.keys(index) : sites;
    for (const site of names) delete index[site];
    await storage.removeItems(names.map(itemKey));
    for (const name of names) recent.delete(name);
    await storage.setItem(INDEX_KEY, sites === 'all' ? {} : index);
  });
}
