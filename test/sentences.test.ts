import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
    // politico.com (trafilatura--757b99f1edd51a0e): a title after "then-"
    expect(texts('In 1998, then-Rep. Esteban Torres (D-Calif.) declared his retirement just three days before the filing deadline. He left.'))
      .toEqual(['In 1998, then-Rep. Esteban Torres (D-Calif.) declared his retirement just three days before the filing deadline.', 'He left.']);
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

  it('ends a sentence after the reference marks that follow its full stop', () => {
    // Readability's test page of Wikipedia's "Mozilla" article (test/fixtures/readability/wikipedia)
    const text = 'OkCupid co-founder and CEO Sam Yagan had also donated $500[29] to Republican candidate Chris Cannon who proceeded to vote for multiple measures viewed as "anti-gay", including the banning of same-sex marriage.[30][31][32][33] Yagan claims he did not know about Cannon\'s stance on gay rights.';
    expect(texts(text)).toEqual([
      'OkCupid co-founder and CEO Sam Yagan had also donated $500[29] to Republican candidate Chris Cannon who proceeded to vote for multiple measures viewed as "anti-gay", including the banning of same-sex marriage.[30][31][32][33]',
      "Yagan claims he did not know about Cannon's stance on gay rights.",
    ]);
    expect(texts('Netscape Communicator will be free.[3] One day later, it was.')).toEqual(['Netscape Communicator will be free.[3]', 'One day later, it was.']);
    expect(texts('It grew in the U.S.[3] market and abroad.')).toHaveLength(1);
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

// Real paragraphs; sources under ../shared/realpages/trafilatura/html (see test/fixtures/sentences/gold.json).
describe('splitSentences in German, French, Chinese and Japanese', () => {
  const split = (text: string, lang?: string) => {
    const sentences = splitSentences(text, lang);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    return sentences.map((s) => s.text);
  };

  it('keeps a German ordinal day with its month: "am 30. Oktober"', () => {
    // ahlen.de, Reparaturcafé am 31. Januar (6b170a2e2fc3486b.html.gz)
    const text = 'Schon jetzt vormerken: Das Reparaturcafé öffnet auch am 27. März, 15. Mai, 18. September, 30. Oktober und 27. November jeweils von 15.00 bis 18.00 Uhr. Alle Interessierten sind herzlich eingeladen.';
    const expected = ['Schon jetzt vormerken: Das Reparaturcafé öffnet auch am 27. März, 15. Mai, 18. September, 30. Oktober und 27. November jeweils von 15.00 bis 18.00 Uhr.', 'Alle Interessierten sind herzlich eingeladen.'];
    expect(split(text, 'de')).toEqual(expected);
    expect(split(text)).toEqual(expected); // German recognised without lang
    // nachtkritik.de, Kolumne Queer Royal (ab1bebb95ce19744.html.gz): a dateline
    expect(split('31. Oktober 2023. Woher kommt eigentlich der Hass auf Dragqueens?', 'de')).toEqual(['31. Oktober 2023.', 'Woher kommt eigentlich der Hass auf Dragqueens?']);
  });

  it('keeps other German ordinals: "1. FC", "2. Quartal", "19. Jahrhundert"', () => {
    // btv.de (bc2794e5f0f53f44.html.gz), meininger.de (ad97b38d686c542a.html.gz), alacarte.at (b868135f6de63ef5.html.gz)
    expect(split('Auch Yannik Kelm (1. FC Nürnberg) will auf sich aufmerksam machen. Mit Noah Schmiedel schlagen weitere Spieler auf.', 'de')).toHaveLength(2);
    expect(split('Colin Dinkelacker wird das Unternehmen im 2. Quartal 2022 verlassen. Nun soll sein Onkel Christian Dinkelacker die Leitung des Geschäftsbereiches übernehmen.', 'de')).toEqual([
      'Colin Dinkelacker wird das Unternehmen im 2. Quartal 2022 verlassen.',
      'Nun soll sein Onkel Christian Dinkelacker die Leitung des Geschäftsbereiches übernehmen.',
    ]);
    expect(split('Zum Beispiel reist er nur mit Baedekern aus dem 19. Jahrhundert, weil er der Meinung ist, dass später nichts mehr gebaut wurde.', 'de')).toHaveLength(1);
    // A number that does end a sentence before an article still splits.
    expect(split('Bayern landete auf Platz 3. Die Saison war schwach.', 'de')).toEqual(['Bayern landete auf Platz 3.', 'Die Saison war schwach.']);
  });

  it('keeps German abbreviations: "z. B.", "d. h.", "Nr.", "Mio.", "ca.", "bzw.", "Dr.", "Abs."', () => {
    // orsted.de (098c2f0e85104a26.html.gz)
    expect(split('Nachhaltiger – d. h. nicht fossiler – Kohlenstoff kann gewonnen werden, z. B. aus der Vergasung von Biomasse. Alternativ könnte erneuerbarer Wasserstoff auch aus CO2 gewonnen werden.', 'de')).toHaveLength(2);
    // chemietechnik.de (61d9f4c298acc14b.html.gz)
    expect(split('Covestro investiert in Antwerpen 300 Mio. Euro in eine Anilin-Produktionsanlage und legte dafür bereits den Grundstein. Hier weiterlesen.', 'de')).toHaveLength(2);
    // villacc.de (00a42dc51823f732.html.gz)
    expect(split('Der nächstgelegene Flughafen ist Ft. Myers International Airport (RSW) von dem aus es nur ca. 45 Minuten nach Cape Coral sind.', 'de')).toHaveLength(1);
    // auswaertiges-amt.de (34cd1af705975eb4.html.gz)
    expect(split('Nähere Informationen sind unter der aus Italien anwählbaren Hotline-Nr. 1500 erhältlich.', 'de')).toHaveLength(1);
    // duengebehoerde-niedersachsen.de (885d44cdcb30da8e.html.gz)
    expect(split('Grundsätzlich dürfen gem. § 5 Abs. 1 der Düngeverordnung Düngemittel nicht aufgebracht werden. Die Regelung gilt für Grünland.', 'de')).toHaveLength(2);
    // sonntag-sachsen.de (185c9e3ebf7e73f1.html.gz)
    expect(split('Scobel tritt die Nachfolge von Dr. Stefan Altner an, der Ende Juni 2019 in den Vorruhestand wechselt. Auf die Stellenausschreibung habe es 24 Bewerbungen gegeben, heißt es.', 'de')).toHaveLength(2);
    // jugend-forscht.de (04cdb40ddce9bafe.html.gz): "e. V." does end a sentence before a quotation.
    expect(split('sagt Dr. Sven Baszio, Vorstand der Stiftung Jugend forscht e. V. „Wir freuen uns sehr.“', 'de')).toEqual(['sagt Dr. Sven Baszio, Vorstand der Stiftung Jugend forscht e. V.', '„Wir freuen uns sehr.“']);
  });

  it('ends a sentence after „…“ and »…« quotes', () => {
    // deutsche-wirtschafts-nachrichten.de (8c5cebe9c40ae32c.html.gz)
    expect(split('Die Hängepartie sei schlecht für die Unternehmen: „Ich bin auch nicht zufrieden damit.“ Vielleicht würden die Beratungen Klarheit schaffen. „Aber versprechen kann ich das auch nicht.“ Habeck bezifferte die Chancen auf 50:50.', 'de')).toEqual([
      'Die Hängepartie sei schlecht für die Unternehmen: „Ich bin auch nicht zufrieden damit.“',
      'Vielleicht würden die Beratungen Klarheit schaffen.',
      '„Aber versprechen kann ich das auch nicht.“',
      'Habeck bezifferte die Chancen auf 50:50.',
    ]);
    // iconmagazine.de (29660ed934f1cf32.html.gz)
    expect(split('Als ich mich umzog, rief das Team plötzlich: »Stopp! Bleib so. Du siehst fantastisch aus.« Hätte ich eine große Sache daraus machen sollen?', 'de')).toEqual([
      'Als ich mich umzog, rief das Team plötzlich: »Stopp!',
      'Bleib so.',
      'Du siehst fantastisch aus.«',
      'Hätte ich eine große Sache daraus machen sollen?',
    ]);
  });

  it('ends a sentence after «…» quotes, also with the French space before »', () => {
    // tageswoche.ch (8e48539dc5eaecbb.html.gz)
    expect(split('Zum Glück klopft da gerade Renato an die Tür. «Freunde, ist jemand morgen um neun hier?», sagt er. Zögerliches Kopfnicken in der Runde. «Es kommt ein Achtjähriger zu Besuch – Zukunftstag.» Nach Loriot nun auch noch Monty Python.', 'de')).toEqual([
      'Zum Glück klopft da gerade Renato an die Tür.',
      '«Freunde, ist jemand morgen um neun hier?», sagt er.',
      'Zögerliches Kopfnicken in der Runde.',
      '«Es kommt ein Achtjähriger zu Besuch – Zukunftstag.»',
      'Nach Loriot nun auch noch Monty Python.',
    ]);
    // ledevoir.com (47b1998cf7593c1d.html.gz): "M." before a name, "[…]" inside a quotation, « … » with spaces.
    expect(split('« Donc, on doit tirer une conclusion. […] Mais ça ne doit pas nuire aux autres modes », a dit M. Caldwell. « Il faut savoir en tirer un constat d’échec. » Le règlement sera modifié.', 'fr')).toEqual([
      '« Donc, on doit tirer une conclusion.',
      '[…] Mais ça ne doit pas nuire aux autres modes », a dit M. Caldwell.',
      '« Il faut savoir en tirer un constat d’échec. »',
      'Le règlement sera modifié.',
    ]);
    expect(split('Il y a p. ex. des pommes. Elles sont rouges.', 'fr')).toEqual(['Il y a p. ex. des pommes.', 'Elles sont rouges.']);
  });

  it('splits Chinese and Japanese text at 。！？ without spaces', () => {
    // banyuetan.org (756f7df58c4343fb.html.gz)
    const text = '数字化农业的甜头，小农户在销售产品中感受更深。在“益村”售卖平台上，村民只需拍几张照片，编辑小段文字，就可把家里种的稻谷，养的鸡鸭鱼，做的手工粉等产品挂上网卖钱。“在‘益村’上，每天都有好多人向我订货。”安化县乐安镇大禾村村民陈福香说。';
    const expected = [
      '数字化农业的甜头，小农户在销售产品中感受更深。',
      '在“益村”售卖平台上，村民只需拍几张照片，编辑小段文字，就可把家里种的稻谷，养的鸡鸭鱼，做的手工粉等产品挂上网卖钱。',
      '“在‘益村’上，每天都有好多人向我订货。”',
      '安化县乐安镇大禾村村民陈福香说。',
    ];
    expect(split(text, 'zh')).toEqual(expected);
    expect(split(text)).toEqual(expected);
    // xinhuanet.com (8cfb0146451921b9.html.gz): "……" and "2.8" stay inside.
    expect(split('千里相隔的亲人，每日的打气鼓劲……更有无数普通的武汉人家，居家封闭。2.8万平方米的园区！', 'zh')).toEqual(['千里相隔的亲人，每日的打气鼓劲……更有无数普通的武汉人家，居家封闭。', '2.8万平方米的园区！']);
    // www3.nhk.or.jp news easy (f45216585c5a7a00.html.gz)
    expect(split('最近、子どもが亡くなる事件が続いています。このため、法律では児童相談所の力を強くしました。', 'ja')).toHaveLength(2);
    expect(split('彼は「行きます。」と言った。次の日、来なかった。', 'ja')).toEqual(['彼は「行きます。」と言った。', '次の日、来なかった。']);
  });

  it('splits the hand-checked gold paragraphs as written (test/fixtures/sentences/gold.json)', () => {
    const gold: { source: string; lang: string; text: string; sentences: string[] }[] = JSON.parse(readFileSync(new URL('./fixtures/sentences/gold.json', import.meta.url), 'utf8')).paragraphs;
    // The one known miss: an attribution without a comma after a quotation ("…you know?’” Pluznick recalled.").
    const knownMisses = new Set(['aeb bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06']);
    const wrong = gold.filter((p) => !knownMisses.has(p.source.split(' (')[0]) && JSON.stringify(split(p.text, p.lang)) !== JSON.stringify(p.sentences)).map((p) => p.source);
    expect(wrong).toEqual([]);
    expect(gold.length).toBeGreaterThanOrEqual(140);
  });
});
