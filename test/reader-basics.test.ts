// What a reader mode must get right before any cleaning: whether there is an article at all, which way
// it reads, what its export is called, and which theme it opens in.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { textDirection } from '../lib/direction.ts';
import { exportFileName } from '../lib/export/filename.ts';
import { DEFAULT_SETTINGS } from '../lib/settings.ts';
import { loadSettings, settingsItem } from '../utils/settings.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { readCorpus, readFixture } from './support/fixtures.ts';

const page = (body: string, lang = 'en') => extractArticle(parseHtml(`<html lang="${lang}"><head><title>Page</title></head><body>${body}</body></html>`), { url: 'https://news.example/p' });

describe('pages with no article to read', () => {
  it('a sign-in page is a sign-in wall', () => {
    const article = extractArticle(parseHtml(readFixture('pages/sign-in.html')), { url: 'https://exchange.example/login' });
    expect(article).toMatchObject({ unreadableReason: 'sign-in' });
  });

  it('an empty page has no text; a picture with a caption is images only; a few words are too short', () => {
    expect(page('')).toMatchObject({ unreadableReason: 'no-text' });
    expect(page('<figure><img src="https://cdn.example/a.jpg" alt="Chart"><figcaption>BTC in 2025</figcaption></figure>')).toMatchObject({ unreadableReason: 'images-only' });
    expect(page('<p>Bitcoin rose today.</p>')).toMatchObject({ unreadableReason: 'too-short' });
  });

  it('real articles are readable: the crypto pages, the corpus, the Readability fixtures, an article with a comment login box', () => {
    for (const name of ['coindesk.com', 'cointelegraph.com', 'cryptonews.com--xrp', 'decrypt.co']) {
      expect(extractArticle(parseHtml(readFixture(`crypto/${name}.html`)), { url: `https://www.${name.split('--')[0]}/a` }).unreadableReason, name).toBeNull();
    }
    expect(cleanText(readCorpus('003_e9209a1ff0c83050')).unreadableReason).toBeNull();
    for (const name of ['ars-1', 'bbc-1', 'cnn', 'guardian-1', 'lemonde-1', 'wikipedia']) {
      expect(extractArticle(parseHtml(readFixture(`readability/${name}/source.html`)), { url: 'http://fakehost/test/page.html' }).unreadableReason, name).toBeNull();
    }
    const prose = (coin: string) => `<p>${`${coin} fell 3% as traders moved into bitcoin ahead of the options expiry on Friday, analysts said. `.repeat(8)}</p>`;
    expect(page(`<article><h1>Ether</h1>${prose('Ether')}${prose('Solana')}</article><form><input name="user"><input type="password" name="pw"></form>`).unreadableReason).toBeNull();
  });
});

describe('pages with an article that looked like none (review findings)', () => {
  it('a Chinese article of six short paragraphs (211 characters) is an article: Chinese is written without spaces', () => {
    const paragraphs = [
      '比特币周三升破九万美元，结束了两周的下跌。',
      '分析师表示，机构投资者重新买入现货交易所交易基金，是推动价格上涨的主要原因。',
      '数据显示，美国现货比特币基金三天内净流入十二亿美元，为十月以来最大规模。',
      '以太坊在加密货币总市值中的占比则降至两年来的最低水平。',
      '部分交易员预计，如果资金继续流入，价格可能在月底前测试九万五千美元。',
      '也有人警告，期货市场的高杠杆可能引发剧烈波动。',
    ];
    const article = page(`<article><h1>比特币升破九万美元</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`, 'zh');
    expect(paragraphs.join('').length).toBeLessThan(240);
    expect(article.unreadableReason).toBeNull();
  });

  it('a brief with a log-in pop-up hidden on the page is an article, not a sign-in wall', () => {
    const brief = `<p>${'Solana validators approved a fee change on Tuesday, developers said, after weeks of debate over how the network prices busy blocks. '.repeat(5)}</p>`;
    for (const popUp of [
      '<div class="modal login-modal"><form><input type="email"><input type="password"></form></div>',
      '<div style="display:none"><input type="password"></div>',
      '<dialog><input type="password"></dialog>',
      '<div role="dialog"><input type="password"></div>',
    ]) {
      expect(page(`<article><h1>Fees</h1>${brief}</article>${popUp}`).unreadableReason, popUp).toBeNull();
    }
    expect(page(`<article><h1>Fees</h1>${brief}</article><form><input type="password"></form>`).unreadableReason).toBe('sign-in');
  });
});

describe('direction', () => {
  it('the stated dir wins; then the script of most letters; on a short text, the language', () => {
    expect(textDirection({ dir: 'rtl' }, 'English text that is long enough to count as text')).toBe('rtl');
    expect(textDirection({ lang: 'en' }, 'ارتفع سعر البيتكوين فوق مستوى 90 ألف دولار يوم الأربعاء')).toBe('rtl');
    expect(textDirection({}, 'הביטקוין עלה מעל 90 אלף דולר ביום רביעי לאחר שבועיים של ירידות')).toBe('rtl');
    expect(textDirection({ lang: 'ar' }, 'Bitcoin rose above $90,000 on Wednesday after two weeks of losses')).toBe('ltr');
    expect(textDirection({ lang: 'fa-IR' }, 'BTC')).toBe('rtl');
    expect(textDirection({ lang: 'de' }, '')).toBe('ltr');
  });

  it('an Arabic article page that states only its language reads right to left, in Arabic', () => {
    const article = extractArticle(parseHtml(readFixture('pages/rtl-article.html')), { url: 'https://news.example/ar' });
    expect(article).toMatchObject({ lang: 'ar', dir: 'rtl', unreadableReason: null });
  });
});

describe('export file names', () => {
  it('keep the title\'s letters in any script', () => {
    expect(exportFileName('比特币价格分析：下周会涨吗？', 'md')).toBe('比特币价格分析-下周会涨吗.md');
    expect(exportFileName('بيتكوين يرتفع إلى 100 ألف دولار', 'md')).toBe('بيتكوين-يرتفع-إلى-100-ألف-دولار.md');
    expect(exportFileName('Биткоин вырос на 5% за сутки', 'html')).toBe('биткоин-вырос-на-5-за-сутки.html');
    expect(exportFileName('Crème brûlée: ETH/BTC <script> "x" | y?*', 'md')).toBe('crème-brûlée-eth-btc-script-x-y.md');
  });

  it('stay within what file systems allow: no reserved names, at most 80 characters and 200 bytes', () => {
    expect(exportFileName('CON', 'md')).toBe('con-article.md');
    expect(exportFileName('a'.repeat(300), 'md')).toBe(`${'a'.repeat(80)}.md`);
    const chinese = exportFileName('比'.repeat(300), 'md');
    expect(new TextEncoder().encode(chinese.replace(/\.md$/, '')).length).toBeLessThanOrEqual(200);
    expect(exportFileName('Solana rallies 10% as fees fall across the network and more words to spill over the limit of eighty characters', 'md')).toBe('solana-rallies-10-as-fees-fall-across-the-network-and-more-words-to-spill-over.md');
  });
});

describe('theme', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('follows the system by default', () => {
    expect(DEFAULT_SETTINGS.theme).toBe('auto');
  });

  it('a version 1 setting of "light" (the old default, saved with any other change) becomes "auto"; other themes stay', async () => {
    // Saved examples of what version 1 stored; the extension migrates them when it starts.
    await fakeBrowser.storage.local.set({ settings: { autoClean: true, alwaysSites: [], neverSites: [], theme: 'light', fontSize: 22, lineWidth: 'medium' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await loadSettings()).toMatchObject({ theme: 'auto', fontSize: 22 });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
    await fakeBrowser.storage.local.set({ settings: { autoClean: true, alwaysSites: [], neverSites: [], theme: 'sepia', fontSize: 19, lineWidth: 'wide' }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect((await loadSettings()).theme).toBe('sepia');
  });
});
