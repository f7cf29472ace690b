import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../lib/blocks/text.ts';
import { blocksFromDom } from '../lib/blocks/dom.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { readCorpus } from './support/fixtures.ts';

describe('blocksFromText', () => {
  it('reads a blank-line separated dump, one block per line, chrome lines included', () => {
    const { blocks, layout } = blocksFromText(readCorpus('000_80ab6c6d0866ffcd'));
    expect(layout).toBe('blank-line-separated');
    expect(blocks.slice(0, 5).map((b) => b.text)).toEqual(['The Year Trump Embraced Cryptocurrency', 'By: blockbeats|2026/01/02 11:00:01', '0', 'Share', 'copy']);
    expect(blocks[1].line).toBe(3);
  });

  it('reads a one-paragraph-per-line dump and types its lines', () => {
    const { blocks, layout } = blocksFromText(readCorpus('003_e9209a1ff0c83050'));
    expect(layout).toBe('line-per-paragraph');
    expect(blocks[1]).toMatchObject({ type: 'heading', text: 'Key Takeaways' });
    expect(blocks[2]).toMatchObject({ type: 'list-item', text: expect.stringMatching(/^MSTR’s reliance on Bitcoin/) });
    expect(blocks.find((b) => b.text.startsWith('What is MSTR, and why'))?.type).toBe('heading');
    expect(blocks.find((b) => b.text.startsWith('MicroStrategy (MSTR) has carved'))?.type).toBe('paragraph');
  });

  it('tells captions, transcript lines and section headings apart', () => {
    const { blocks } = blocksFromText(readCorpus('004_e18a6cb7aaaa6a4f'));
    expect(blocks.find((b) => b.text === 'Jason: Chamath, how about you?')?.type).toBe('paragraph');
    expect(blocks.find((b) => b.text === '2026\'s Biggest Business Winner')?.type).toBe('heading');
    const captions = blocksFromText(readCorpus('000_80ab6c6d0866ffcd')).blocks.filter((b) => b.type === 'caption');
    expect(captions.map((b) => b.text.slice(0, 20))).toContain('Note: Data as of Dec');
    expect(captions).toHaveLength(6);
  });

  it('joins hard-wrapped paragraphs but not lists or short lines', () => {
    const text = [
      'Title',
      '',
      'Bitcoin rose on Tuesday as investors returned to the market after',
      'a week of heavy selling, analysts at a research firm said in a note.',
      '',
      '- first point of a list that is fairly long and wraps nowhere',
      '- second point of a list that is also fairly long',
    ].join('\n');
    const { blocks } = blocksFromText(text);
    expect(blocks.map((b) => b.text)).toEqual([
      'Title',
      'Bitcoin rose on Tuesday as investors returned to the market after a week of heavy selling, analysts at a research firm said in a note.',
      'first point of a list that is fairly long and wraps nowhere',
      'second point of a list that is also fairly long',
    ]);
  });

  it('handles CRLF line ends and no-break spaces', () => {
    const { blocks } = blocksFromText('Title\r\n\r\nBy:\u00a0source|2026/01/02 11:00:01\r\nShare\r\n');
    expect(blocks.map((b) => b.text)).toEqual(['Title', 'By: source|2026/01/02 11:00:01', 'Share']);
  });
});

describe('blocksFromDom', () => {
  const html = `<html><body>
    <header><nav><a href="/">Home</a></nav></header>
    <article><h1>Title</h1><p>First <a href="#">linked</a> paragraph.</p>
      <ul><li>One</li><li><p>Two</p></li></ul>
      <figure><img src="a.jpg" alt="A chart"><figcaption>Source: CoinGlass</figcaption></figure>
      <blockquote><p>A quote.</p></blockquote>
      <script>var x = "not text";</script><p hidden>hidden text</p><p style="display:none">also hidden</p>
    </article>
    <section class="more"><div><h2>You may also like</h2></div><div class="card">Card <b>one</b><p>Teaser</p></div></section>
  </body></html>`;
  const blocks = blocksFromDom(parseHtml(html));

  it('lists the block-level elements with text of their own, in order, with their elements', () => {
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'Home'],
      ['heading', 'Title'],
      ['paragraph', 'First linked paragraph.'],
      ['list-item', 'One'],
      ['paragraph', 'Two'],
      ['caption', 'Source: CoinGlass'],
      ['quote', 'A quote.'],
      ['heading', 'You may also like'],
      ['paragraph', 'Card one'],
      ['paragraph', 'Teaser'],
    ]);
    expect(blocks[2].element?.tagName).toBe('P');
    expect(blocks[1].level).toBe(1);
  });

  it('gives each block the area it sits in: a heading in a wrapper spans its section', () => {
    const heading = blocks.find((b) => b.text === 'You may also like')!;
    expect(blocks[heading.areaEnd].text).toBe('Teaser');
    const first = blocks.find((b) => b.text === 'First linked paragraph.')!;
    expect(blocks[first.areaEnd].text).toBe('A quote.');
  });

  it('lists standalone images when asked', () => {
    const withImages = blocksFromDom(parseHtml(html), { images: true });
    expect(withImages.find((b) => b.type === 'image')).toMatchObject({ text: 'A chart' });
  });
});
