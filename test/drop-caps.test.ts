// A drop cap in an element of its own before its paragraph: the markup of standard.co.uk (trafilatura
// evaluation page c9587a18fe78770b, test/fixtures/claims-pages), cut to the article's start.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html.ts';
import { joinDropCaps } from '../lib/drop-caps.ts';
import { extractArticle } from '../lib/extract.ts';

const STANDARD = `<html><head><title>Turkey, Poland and three Caribbean islands added to UK quarantine list</title></head><body><article>
<h1>Turkey, Poland and three Caribbean islands added to UK quarantine list</h1>
<div id="main"><div class="sc-clsHhM eSXakm"><span class="sc-gATInX fznjqd">T</span><p><a href="/topic/turkey" class="body-link">urkey</a>, <a href="/topic/poland" class="body-link">Poland</a> and the <a href="/topic/caribbean" class="body-link">Caribbean</a> islands of Bonaire, St Eustatius and Saba have been removed from the Government’s list of travel corridors.</p>
<p>Travellers arriving in the UK from those places after 4am on Saturday must self-isolate for 14 days, Transport Secretary Grant Shapps said on Thursday.</p>
<p>Mr Shapps said on Twitter that the latest data indicates the islands need to be removed from the travel corridor list this week, after cases rose in all three places.</p>
<p>It comes after Scotland added Turkey and Poland to its own quarantine list earlier in the day, following a rise in infections there.</p>
</div></div></article></body></html>`;

describe('drop caps', () => {
  it('the letter rejoins its paragraph: "Turkey, Poland…", not "T" and "urkey, Poland…"', () => {
    const article = extractArticle(parseHtml(STANDARD), { url: 'https://www.standard.co.uk/news/uk/turkey-poland-caribbean-islands-added-to-uk-quarantine-list-a4561256.html' });
    expect(article.blocks[0].text).toMatch(/^Turkey, Poland and the Caribbean islands/);
    expect(article.blocks.some((b) => b.text === 'T')).toBe(false);
  });

  it('leaves a one-letter element alone when the next one starts a word of its own ("A" in a list of grades)', () => {
    const document = parseHtml('<div><span>A</span><p>Grade for the fund, up from B last year.</p></div>');
    expect(joinDropCaps(document)).toBe(0);
    expect(document.querySelector('span')?.textContent).toBe('A');
  });

  it('leaves an inline drop cap where it is: "<span>E</span>inen größeren…" stays "Einen", no letter moves to a later link (faz.net, trafilatura page dc0e5a2f6630ef11)', () => {
    const document = parseHtml('<p class="First atc-TextParagraph"><span class="atc-TextFirstLetter">E</span>inen größeren Anteil an den Streamingerlösen – darüber <a href="/x">hatte</a> die F.A.Z. berichtet.</p>');
    expect(joinDropCaps(document)).toBe(0);
    expect(document.querySelector('p')?.textContent).toBe('Einen größeren Anteil an den Streamingerlösen – darüber hatte die F.A.Z. berichtet.');
  });
});
