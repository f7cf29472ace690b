// Relative-time and "Updated/Published" lines opened articles as their first paragraph ("4 hours ago",
// "vor 2 Stunden", "Updated Apr 7, 2025, 3:34 p.m. UTC"). lib/dates.ts reads them; the time-line rule
// takes them out of the body and keeps the first date as meta.lineDate. Expectations written by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTimeLine } from '../lib/dates.ts';
import { cleanBlocks } from '../lib/clean.ts';
import { extractArticle } from '../lib/extract.ts';
import { cleanText } from '../lib/clean-text.ts';
import { parseHtml } from '../cli/parse-html.ts';
import { timeLine } from '../lib/rules/time-lines.ts';
import type { Block } from '../lib/types.ts';
import { textFeatures } from '../lib/blocks/features.ts';

// Noon UTC: the same calendar day from UTC−11 to UTC+11, so "yesterday" and "3 days ago" do not depend on TZ.
const NOW = new Date('2025-04-08T12:00:00Z');

describe('readTimeLine: relative times', () => {
  it.each([
    // [line, ISO with NOW]
    ['4 hours ago', '2025-04-08T08:00:00.000Z'],
    ['5 min ago', '2025-04-08T11:55:00.000Z'],
    ['an hour ago', '2025-04-08T11:00:00.000Z'],
    ['2h ago', '2025-04-08T10:00:00.000Z'],
    ['just now', '2025-04-08T12:00:00.000Z'],
    ['yesterday', '2025-04-07'],
    ['Yesterday at 3:34 PM', '2025-04-07T15:34:00'],
    ['Today, 14:05', '2025-04-08T14:05:00'],
    ['3 days ago', '2025-04-05'],
    ['2 weeks ago', '2025-03-25'],
    ['vor 5 Minuten', '2025-04-08T11:55:00.000Z'],
    ['vor einer Stunde', '2025-04-08T11:00:00.000Z'],
    ['gestern', '2025-04-07'],
    ['il y a 2 h', '2025-04-08T10:00:00.000Z'],
    ['il y a une heure', '2025-04-08T11:00:00.000Z'],
    ['hier', '2025-04-07'],
    ['hace 3 días', '2025-04-05'],
    ['hace una hora', '2025-04-08T11:00:00.000Z'],
    ['2 ore fa', '2025-04-08T10:00:00.000Z'],
    ["un'ora fa", '2025-04-08T11:00:00.000Z'],
    ['há 2 horas', '2025-04-08T10:00:00.000Z'],
    ['2 horas atrás', '2025-04-08T10:00:00.000Z'],
    ['2 uur geleden', '2025-04-08T10:00:00.000Z'],
    ['2 godziny temu', '2025-04-08T10:00:00.000Z'],
    ['godzinę temu', '2025-04-08T11:00:00.000Z'],
    ['2 часа назад', '2025-04-08T10:00:00.000Z'],
    ['час назад', '2025-04-08T11:00:00.000Z'],
    ['2小时前', '2025-04-08T10:00:00.000Z'],
    ['3天前', '2025-04-05'],
    ['3時間前', '2025-04-08T09:00:00.000Z'],
    ['3시간 전', '2025-04-08T09:00:00.000Z'],
    ['5분 전', '2025-04-08T11:55:00.000Z'],
    ['한 시간 전', '2025-04-08T11:00:00.000Z'],
    ['어제', '2025-04-07'],
    ['منذ 3 ساعات', '2025-04-08T09:00:00.000Z'],
    ['منذ ساعتين', '2025-04-08T10:00:00.000Z'],
    ['منذ ٣ ساعات', '2025-04-08T09:00:00.000Z'],
  ])('"%s" is a relative time: %s with a reading time, no date without one', (line, iso) => {
    expect(readTimeLine(line)).toEqual({ kind: 'relative' });
    expect(readTimeLine(line, { now: NOW })).toEqual({ kind: 'relative', iso });
  });
});

describe('readTimeLine: labelled dates and date lines', () => {
  it.each([
    // [line, label, ISO]
    ['Updated Apr 7, 2025, 3:34 p.m. UTC', 'updated', '2025-04-07T15:34:00.000Z'],
    ['Published: 12 March 2025', 'published', '2025-03-12'],
    ['Last updated on 3/4/2025', 'last updated on', undefined], // US or UK? left open
    ['Last updated on 3/14/2025', 'last updated on', '2025-03-14'], // no 14th month
    ['First published April 7, 2025 at 10:00 am EDT', 'first published', '2025-04-07T14:00:00.000Z'],
    ['Aktualisiert am 3. März 2025, 14:05 Uhr', 'aktualisiert am', '2025-03-03T14:05:00'],
    ['Veröffentlicht am 03.04.2025', 'veröffentlicht am', '2025-04-03'],
    ['Stand: 03.03.2025 14:05 Uhr', 'stand', '2025-03-03T14:05:00'],
    ['Mis à jour le 7 avril 2025 à 15h34', 'mis à jour le', '2025-04-07T15:34:00'],
    ['Publié le 07/04/2025 à 15:34', 'publié le', '2025-04-07T15:34:00'],
    ['Actualizado el 7 de abril de 2025', 'actualizado el', '2025-04-07'],
    ['Publicado el 03/05/2022 a las 22h03', 'publicado el', '2022-05-03T22:03:00'], // Spanish, though Portuguese has "publicado" too
    ['Pubblicato il 7 aprile 2025 alle 15:34', 'pubblicato il', '2025-04-07T15:34:00'],
    ['Atualizado em 07/04/2025 às 15h34', 'atualizado em', '2025-04-07T15:34:00'],
    ['Bijgewerkt op 7 april 2025 om 15:34', 'bijgewerkt op', '2025-04-07T15:34:00'],
    ['Aktualizacja: 7 kwietnia 2025, 15:34', 'aktualizacja', '2025-04-07T15:34:00'],
    ['Опубликовано: 7 апреля 2025 г., 15:34', 'опубликовано', '2025-04-07T15:34:00'],
    ['发布时间：2025-04-07 15:34', '发布时间', '2025-04-07T15:34:00'],
    ['公開日：2025年4月7日', '公開日', '2025-04-07'],
    ['입력 2025.04.07 15:34', '입력', '2025-04-07T15:34:00'],
    ['기사입력 2025.04.07. 오후 3:34', '기사입력', '2025-04-07T15:34:00'],
    ['تاريخ النشر: 7 أبريل 2025', 'تاريخ النشر', '2025-04-07'],
    ['Updated 4 hours ago', 'updated', undefined],
  ])('"%s" is labelled "%s", dated %s', (line, label, iso) => {
    const read = readTimeLine(line);
    expect(read?.label).toBe(label);
    expect(read?.iso).toBe(iso);
  });

  it.each([
    ['Monday, April 7, 2025', '2025-04-07'],
    ['April 7, 2025 3:34 PM EDT', '2025-04-07T19:34:00.000Z'],
    ['2025-04-07T15:34:00+02:00', '2025-04-07T13:34:00.000Z'],
    ['07.04.2025, 15:34', '2025-04-07T15:34:00'],
    ['Donnerstag, 10. Februar 2022 - 19:05', '2022-02-10'],
    // a shorter weekday of another language opens these lines too ("mon", "mar"): the whole one is read
    ['Montag, 3. März 2025', '2025-03-03'],
    ['mardi 7 avril 2025', '2025-04-07'],
    ['March 7, 2025', '2025-03-07'],
    ['2025年4月7日 15:34', '2025-04-07T15:34:00'],
    // coindesk's Korean edition, under the title of an English article; 오전/午前/上午 morning, 오후/午後/下午 afternoon
    ['2025년 11월 9일 오전 1:00', '2025-11-09T01:00:00'],
    ['2025년 11월 9일 오후 1:00', '2025-11-09T13:00:00'],
    ['2025年4月7日 午後3時34分', '2025-04-07T15:34:00'],
    ['2025年4月7日 午前0時', '2025-04-07T00:00:00'],
    ['2025年4月7日 下午3点', '2025-04-07T15:00:00'],
    ['7 kwietnia 2025', '2025-04-07'],
    ['Jane Doe · April 7, 2025', '2025-04-07'],
    ['Published April 7, 2025 | Updated April 8, 2025 10:00 UTC', '2025-04-07'],
  ])('"%s" is a date line: %s', (line, iso) => {
    expect(readTimeLine(line)?.iso).toBe(iso);
  });

  it.each([
    'Bitcoin fell 4% yesterday after the Fed spoke.',
    'Updated guidance from the SEC arrived on Tuesday, the agency said.',
    'Bitcoin fell yesterday',
    'Today',
    'Updated',
    'Published by Reuters',
    '2025',
    'March 2025',
    'April 7', // a day without year or time may head a diary entry
    '10:30',
    '5 min read',
    'in 2 hours',
    '24 hours',
    '3시간', // a duration, three hours
    '2025년 실적 전망', // "2025 earnings outlook"
    '오후 13:00', // no 13 in the afternoon
    'Q1 2025',
    '19.10.19', // two-digit years are left alone
    '21.10.2019 – 27.10.2019', // a range dates an event, not the page
    '30. März 2020, 13:15 Uhr - 19:00 Uhr',
    'By Jane Doe, John Smith and the markets team | April 7, 2025', // too many words beyond the date
    'Die Zahl der Anträge stieg vor 2 Stunden sprunghaft an, teilte die Behörde mit.',
  ])('"%s" is not a time line', (line) => {
    expect(readTimeLine(line)).toBeNull();
  });
});

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: traders moved funds across several exchanges this week, analysts at a research firm wrote in a note to clients on Tuesday.</p>`).join('\n');
const page = (html: string) => extractArticle(parseHtml(`<html><head><title>Story</title></head><body>${html}</body></html>`));

describe('time-line in a page', () => {
  it('"4 hours ago" and "Updated …" opened the article as its first paragraphs; they go, the article stays', () => {
    const article = page(`<article><h1>Story</h1><div>4 hours ago</div><p>Updated Apr 7, 2025, 3:34 p.m. UTC</p>${filler(4)}</article>`);
    const texts = article.blocks.map((b) => b.text);
    expect(texts).not.toContain('4 hours ago');
    expect(texts).not.toContain('Updated Apr 7, 2025, 3:34 p.m. UTC');
    expect(texts.filter((t) => t.startsWith('Paragraph'))).toHaveLength(4);
    expect(article.removed).toContainEqual(expect.objectContaining({ rule: 'time-line', category: 'chrome', text: '4 hours ago' }));
  });

  it("coindesk's Korean edition dated an English article \"2025년 11월 9일 오전 1:00\" under its title; the line goes, the article stays", () => {
    // test/fixtures/crypto/coindesk.com.html, the real page (test/fixtures/README.md: source and licence)
    const html = readFileSync('test/fixtures/crypto/coindesk.com.html', 'utf8');
    const article = extractArticle(parseHtml(html), { url: 'https://www.coindesk.com/ko/markets/2025/11/09/the-great-korean-pivot' });
    const texts = article.blocks.map((b) => b.text);
    expect(texts).not.toContain('2025년 11월 9일 오전 1:00');
    expect(article.removed).toContainEqual(expect.objectContaining({ rule: 'time-line', text: '2025년 11월 9일 오전 1:00' }));
    expect(texts.some((t) => t.startsWith('For years, South Korea was the global heartbeat of crypto speculation.'))).toBe(true);
  });

  it('sentences that merely mention yesterday or an update stay', () => {
    const kept = ['Bitcoin fell 4% yesterday after the Fed spoke.', 'Updated guidance from the SEC arrived on Tuesday, the agency said.'];
    const article = page(`<article><h1>Story</h1><p>vor 2 Stunden</p>${kept.map((t) => `<p>${t}</p>`).join('')}${filler(3)}</article>`);
    const texts = article.blocks.map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(kept));
    expect(texts).not.toContain('vor 2 Stunden');
  });

  it('a date inside a data table or a caption stays', () => {
    const article = page(`<article><h1>Story</h1>${filler(3)}<figure><img src="a.jpg"><figcaption>April 7, 2025</figcaption></figure><table><thead><tr><th>Date</th><th>Close</th></tr></thead><tbody><tr><td>April 7, 2025</td><td>$84,000</td></tr><tr><td>April 8, 2025</td><td>$86,000</td></tr></tbody></table>${filler(1)}</article>`);
    expect(article.removed.filter((r) => r.rule === 'time-line')).toEqual([]);
  });
});

describe('time-line: dates with what happened on them stay (review finding)', () => {
  it('a "Key dates" list of events lost its items and gave its second date as the publication date', () => {
    const events = ['April 20, 2024 – Fourth halving', 'Jan 10, 2024 — Spot ETFs approved', 'Nov 5, 2024 · Trump wins'];
    const article = page(`<article><h1>Story</h1>${filler(3)}<h2>Key dates</h2><ul>${events.map((e) => `<li>${e}</li>`).join('')}</ul>${filler(2)}</article>`);
    expect(article.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(events));
    expect(article.publishedTime).toBeNull();
  });

  it('a list item that is a date and nothing else (a byline list) is a time line', () => {
    const article = page(`<article><h1>Story</h1><ul class="meta"><li>Aug. 16, 2020</li></ul>${filler(3)}</article>`);
    expect(article.blocks.map((b) => b.text)).not.toContain('Aug. 16, 2020');
    expect(article.publishedTime).toBe('2020-08-16');
  });

  it('a headline beside a date is not a byline: the line stays; a byline or a reading time beside it is chrome', () => {
    expect(readTimeLine('Jan 10, 2024 — Spot ETFs approved')).toBeNull();
    expect(readTimeLine('Nov 5, 2024 | Trump wins the election')).toBeNull();
    expect(readTimeLine('Jane Doe · 4 hours ago')).not.toBeNull();
    expect(readTimeLine('by Catherine Hollander | September 10, 2018')).not.toBeNull();
    expect(readTimeLine('Nov 9, 2025 · 4 min read')).not.toBeNull();
  });
});

describe('time-line in a text dump', () => {
  it('"Aktualisiert am …" and "il y a 3 jours" under the title go; the paragraphs stay', () => {
    const body = ['Der Bitcoin-Kurs stieg am Dienstag über 100.000 Dollar, wie Händler berichteten.', 'Analysten erwarten bis zum Jahresende eine hohe Volatilität, hieß es im Bericht.'];
    const article = cleanText(['Bitcoin über 100.000 Dollar', '', 'Aktualisiert am 3. März 2025, 14:05 Uhr', '', 'il y a 3 jours', '', ...body.flatMap((p) => [p, ''])].join('\n'));
    expect(article.blocks.map((b) => b.text)).toEqual(body);
    expect(article.removed.map((r) => [r.rule, r.text])).toEqual([
      ['time-line', 'Aktualisiert am 3. März 2025, 14:05 Uhr'],
      ['time-line', 'il y a 3 jours'],
    ]);
  });
});

describe('time-line: the date of last resort', () => {
  const blocks = (...texts: string[]): Block[] => {
    const features = textFeatures(texts.map(() => ({ type: 'paragraph' })));
    return texts.map((text, index) => ({ index, type: 'paragraph', text, areaEnd: texts.length - 1, features: features[index] }));
  };
  const run = (texts: string[], now?: Date) => cleanBlocks({ stage: 'page', blocks: blocks(...texts), blockRules: [timeLine], now });
  const prose = 'The exchange paused withdrawals for six hours on Monday, citing maintenance of its hot wallets.';

  it('a relative time gives meta.lineDate only with a reading time', () => {
    expect(run(['4 hours ago', prose], NOW).meta.lineDate).toBe('2025-04-08T08:00:00.000Z');
    expect(run(['yesterday', prose], NOW).meta.lineDate).toBe('2025-04-07');
    expect(run(['4 hours ago', prose]).meta.lineDate).toBeUndefined();
  });

  it('the first line with a date sets it; later ones do not', () => {
    const result = run(['4 hours ago', 'Published: 12 March 2025', prose, 'Updated Apr 7, 2025, 3:34 p.m. UTC']);
    expect(result.meta.lineDate).toBe('2025-03-12');
    expect(result.kept.map((b) => b.text)).toEqual([prose]);
    expect(run(['Updated 2 days ago', 'Published: 12 March 2025'], NOW).meta.lineDate).toBe('2025-04-06');
  });

  it('the rule does not overwrite a lineDate already known', () => {
    const result = cleanBlocks({ stage: 'page', blocks: blocks('Published: 12 March 2025'), meta: { lineDate: '2025-01-01' }, blockRules: [timeLine] });
    expect(result.meta.lineDate).toBe('2025-01-01');
  });
});
