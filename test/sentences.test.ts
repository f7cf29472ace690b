import { describe, expect, it } from 'vitest';
import { splitSentences } from '../lib/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps exact offsets', () => {
    const text = 'Bitcoin fell. Ether rose! Why? Nobody knows.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Bitcoin fell.', 'Ether rose!', 'Why?', 'Nobody knows.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations and initials', () => {
    expect(texts('Dr. Smith met Mr. Jones vs. the SEC, e.g. in court. Then he left.')).toEqual(['Dr. Smith met Mr. Jones vs. the SEC, e.g. in court.', 'Then he left.']);
    expect(texts('N.S. Leons is a popular essayist. He writes often.')).toEqual(['N.S. Leons is a popular essayist.', 'He writes often.']);
    expect(texts('the "Notice" (Yinfa [2026] No. 42) was published. It applies now.')).toEqual(['the "Notice" (Yinfa [2026] No. 42) was published.', 'It applies now.']);
  });

  it('splits after "U.S." only when a new sentence clearly starts', () => {
    expect(texts('Trump wants the U.S. Securities and Exchange Commission to act.')).toHaveLength(1);
    expect(texts('Plume wants to expand to the U.S. The SEC is listening.')).toEqual(['Plume wants to expand to the U.S.', 'The SEC is listening.']);
  });

  it('keeps decimals and figures together', () => {
    expect(texts('It raised $1.5 billion at 3.2x. Shares fell 4.59% to $2.3140 on Friday.')).toEqual(['It raised $1.5 billion at 3.2x.', 'Shares fell 4.59% to $2.3140 on Friday.']);
  });

  it('ends a sentence after a closing quote', () => {
    expect(texts('“We are closely watching.” Atkins said so in Miami.')).toEqual(['“We are closely watching.”', 'Atkins said so in Miami.']);
    expect(texts('He said "it is over." Markets fell.')).toEqual(['He said "it is over."', 'Markets fell.']);
  });

  it('treats an ellipsis followed by lower case as inside the sentence', () => {
    expect(texts("Today's populism is... a long-suppressed desire. It is back...")).toEqual(["Today's populism is... a long-suppressed desire.", 'It is back...']);
  });
});

describe('splitSentences after company abbreviations', () => {
  it('splits "Coinbase Inc. The company…" but not "Dr. Smith"', () => {
    expect(splitSentences('Shares of Coinbase Inc. fell. The company said so. Later Coinbase Inc. The firm denied it.').map((s) => s.text)).toEqual([
      'Shares of Coinbase Inc. fell.',
      'The company said so.',
      'Later Coinbase Inc.',
      'The firm denied it.',
    ]);
  });
});
