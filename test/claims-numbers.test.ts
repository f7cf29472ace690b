// findNumbers on real sentences: figures with their units (MW, TWh, EH/s, currencies, tickers, "50- and
// 200-day"), and German and French numbers (decimal comma, thousands dot or space, Milliarden/millions,
// dates). Each sentence is copied from a real page, named in the test: the AEB benchmark
// (../shared/realpages/aeb, by id), trafilatura's evaluation set (../shared/realpages/trafilatura, by
// file hash), or the crypto pages (../shared/realpages/crypto); none is from the held-out sets. The
// expected values were worked out by hand from the sentence, following docs/claims-labelling.md.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../lib/claims/numbers.ts';

/** The figures of a sentence as the labels have them (text, value or bounds, unit). */
const figures = (sentence: string, lang?: string) =>
  findNumbers(sentence, lang).map(({ text, value, min, max, unit }) => ({ text, ...(value !== undefined ? { value } : { min, max }), unit }));

describe('units written after the number', () => {
  it('GW: pv-magazine.com, South Korea solar roadmap (AEB b0cf2bbf0192315e)', () => {
    expect(figures('Hanwha Q Cells had 3.7 GW of cell capacity and the same volume of module operations at that point and LG Electronics had 3 GW of output, also evenly split between cells and modules.')).toEqual([
      { text: '3.7 GW', value: 3.7, unit: 'GW' },
      { text: '3 GW', value: 3, unit: 'GW' },
    ]);
  });

  it('MW, a range: pv-magazine.com (AEB b0cf2bbf0192315e)', () => {
    expect(figures('A further 17 manufacturers, according to the report, had production operations ranging from 30-600 MW.')).toEqual([
      { text: '17', value: 17, unit: 'count' },
      { text: '30-600 MW', min: 30, max: 600, unit: 'MW' },
    ]);
  });

  it('TWh written out: wired.com, "AI can do great things" (trafilatura a350f378df2eb7e1)', () => {
    const [figure] = findNumbers('Worldwide, data centers consume about 200 terawatt hours of power per year—more than some countries.');
    expect(figure).toEqual({ text: '200 terawatt hours', value: 200, unit: 'TWh', qualifier: 'about' });
  });

  it('kWh and kW: slashgear.com, Audi e-tron Sportback (AEB 3cb22bfabed8de71)', () => {
    expect(figures('They’ll have 71 kWh and 95 kWh of battery capacity, respectively, along with 230 kW and 265 kW of power.')).toEqual([
      { text: '71 kWh', value: 71, unit: 'kWh' },
      { text: '95 kWh', value: 95, unit: 'kWh' },
      { text: '230 kW', value: 230, unit: 'kW' },
      { text: '265 kW', value: 265, unit: 'kW' },
    ]);
  });

  it('EH/s written out: test/fixtures/pages/miners-table.html (a page written for this project: no real page here has a hash rate)', () => {
    expect(figures('Whether that slows the concentration is unclear: the two largest pools added a combined 40 exahashes per second of capacity during the month, more than the five smallest pools in the table have together.')).toEqual([
      { text: 'two', value: 2, unit: 'count' },
      { text: '40 exahashes per second', value: 40, unit: 'EH/s' },
      { text: 'five', value: 5, unit: 'count' },
    ]);
  });

  it('MW in German compounds: solarserver.de, Dubai solar plant (trafilatura a20b98cbca9fa40c)', () => {
    expect(figures('Die 700-MW-Solarthermieanlage besteht aus drei Parabolrinnenanlagen mit jeweils 200 MW Leistung und einer Turmanlage mit 100 MW Leistung.', 'de')).toEqual([
      { text: '700-MW', value: 700, unit: 'MW' },
      { text: 'drei', value: 3, unit: 'count' }, // German number words are read as English ones are (issue 9)
      { text: '200 MW', value: 200, unit: 'MW' },
      { text: '100 MW', value: 100, unit: 'MW' },
    ]);
  });

  it('Gigawattstunden: battery-news.de, Ultium Cells (trafilatura 510d834506f8fa88)', () => {
    expect(figures('Damit soll das Produktionsvolumen des Werks in Tennessee von den ursprünglich geplanten 35 Gigawattstunden auf 50 Gigawattstunden pro Jahr wachsen.')).toEqual([
      { text: '35 Gigawattstunden', value: 35, unit: 'GWh' },
      { text: '50 Gigawattstunden', value: 50, unit: 'GWh' },
    ]);
  });

  it('"x" multiples: blog.givewell.org, Evidence Action Beta grant (AEB ad9e9e596f21a681)', () => {
    expect(figures('Our best guess is that this grant is approximately ~9x as cost-effective as cash transfers, but we have spent limited time on this estimate and are highly uncertain about it.')).toEqual([
      { text: '9x', value: 9, unit: 'x' },
    ]);
  });
});

describe('a suspended hyphen: "N- and M-<unit>"', () => {
  it('the 50- and 200-day moving averages (the issue\'s example, from a price-analysis page)', () => {
    expect(figures('The price holds above the 50- and 200-day moving averages.')).toEqual([
      { text: '50', value: 50, unit: 'day' },
      { text: '200-day', value: 200, unit: 'day' },
    ]);
  });

  it('the same spelled out twice: cryptonews.com XRP page (realpages/crypto)', () => {
    expect(figures('The 50-day and 200-day EMAs converged ahead of a potential death cross.')).toEqual([
      { text: '50-day', value: 50, unit: 'day' },
      { text: '200-day', value: 200, unit: 'day' },
    ]);
  });

  it('a range with a unit: "3- bis 5-MW", iwrpressedienst.de, Nordex (trafilatura 7bdffa61136bf4d1)', () => {
    expect(figures('Im Fokus stehen dabei Turbinen der 3- bis 5-MW+-Klasse.', 'de')).toEqual([{ text: '3- bis 5-MW', min: 3, max: 5, unit: 'MW' }]);
  });

  it('a noun, not a unit: "18- bis 30-Jährige", sueddeutsche.de, Deutschlandtakt (trafilatura 30b6ccf3f0188c8c)', () => {
    expect(figures('Was heute 18- bis 30-Jährige vom Rentensystem zu erwarten haben, erklärt Max-Planck-Professor Axel Börsch-Supan.', 'de')).toEqual([
      { text: '18- bis 30-Jährige', min: 18, max: 30, unit: 'count' },
    ]);
  });
});

describe('currencies before and after the number', () => {
  it('Rs and lakh: indiapost.com, deportees return (AEB 5f9c5ed5d64dfe68)', () => {
    expect(figures('He said he has spent Rs 24 lakh in the four attempts and Rs 40 lakh on advocacy.')).toEqual([
      { text: 'Rs 24 lakh', value: 2.4e6, unit: 'INR' },
      { text: 'four', value: 4, unit: 'count' },
      { text: 'Rs 40 lakh', value: 4e6, unit: 'INR' },
    ]);
  });

  it('an ISO code before the number: independent.co.uk (trafilatura 29cd7773dd165363)', () => {
    expect(figures("The attempt is raising funds for Ollie's Army Battling Against Battens, an organisation campaigning to raise GBP 250,000 to fund a clinical trial aimed at saving the sight of children with CNL2 Batten Disease")).toEqual([
      { text: 'GBP 250,000', value: 250000, unit: 'GBP' },
    ]);
  });

  it('a currency word after the number: slashgear.com, Audi e-tron Sportback (AEB 3cb22bfabed8de71)', () => {
    expect(figures('Regular European pricing will start at 71,350 euro ($78,770) with deliveries from spring 2020.')).toEqual([
      { text: '71,350 euro', value: 71350, unit: 'EUR' },
      { text: '$78,770', value: 78770, unit: 'USD' },
      { text: '2020', value: '2020', unit: 'date' },
    ]);
  });

  it('from the issue: HK$, C$, A$, ₹ and codes after the number', () => {
    expect(findNumbers('HK$3 billion, C$2 million, A$1, ₹500 crore and 12.9 billion HKD').map((f) => [f.value, f.unit])).toEqual([
      [3e9, 'HKD'], [2e6, 'CAD'], [1, 'AUD'], [5e9, 'INR'], [12.9e9, 'HKD'],
    ]);
  });

  it('a code glued to a digit is a token name, not money: "USD0" (decrypt.co, realpages/crypto)', () => {
    expect(figures('USD0')).toEqual([]);
  });
});

describe('tickers as units', () => {
  it('decrypt.co author disclosure (realpages/crypto)', () => {
    expect(findNumbers('Disclosure: He owns less than 1 BTC and less than 5 ETH.')).toEqual([
      { text: '1 BTC', value: 1, unit: 'BTC', qualifier: 'less than' },
      { text: '5 ETH', value: 5, unit: 'ETH', qualifier: 'less than' },
    ]);
  });

  it('cointelegraph.com, a German button label (realpages/crypto)', () => {
    expect(figures('20 USDT zu gewinnen')).toEqual([{ text: '20 USDT', value: 20, unit: 'USDT' }]);
  });

  it('a scale before the ticker (the issue\'s "1 million XRP")', () => {
    expect(figures('2.5 BTC, 10,000 ETH and 1 million XRP')).toEqual([
      { text: '2.5 BTC', value: 2.5, unit: 'BTC' },
      { text: '10,000 ETH', value: 10000, unit: 'ETH' },
      { text: '1 million XRP', value: 1e6, unit: 'XRP' },
    ]);
  });
});

describe('German: decimal comma, thousands dot, Milliarden and Mio., dates', () => {
  const lyft = 'Beim Börsendebüt hat das US-Unternehmen knapp 2,3 Milliarden Dollar eingenommen, die Bewertung liegt bei 24 Milliarden Dollar.';

  it('Milliarden Dollar: futurezone.at, Lyft (trafilatura e9f4f6958c48995e)', () => {
    expect(findNumbers(lyft, 'de')).toEqual([
      { text: '2,3 Milliarden Dollar', value: 2.3e9, unit: 'USD', qualifier: 'knapp' },
      { text: '24 Milliarden Dollar', value: 24e9, unit: 'USD' },
    ]);
  });

  it('the same without a language tag: the sentence\'s words say it is German', () => {
    expect(findNumbers(lyft)).toEqual(findNumbers(lyft, 'de'));
  });

  it('Mrd. Euro: meininger.de, LVMH (trafilatura ad97b38d686c542a)', () => {
    expect(figures('Der Luxusgüterkonzern LVMH Moët Hennessy Louis Vuitton meldet für 2021 einen Umsatz von 64,2 Mrd. Euro.', 'de')).toEqual([
      { text: '2021', value: '2021', unit: 'date' },
      { text: '64,2 Mrd. Euro', value: 64.2e9, unit: 'EUR' },
    ]);
  });

  it('a headline: computerbase.de, frequency auction (trafilatura df81ad8890b675c4)', () => {
    expect(figures('Versteigerung der Frequenzen bringt 6,55 Milliarden Euro')).toEqual([{ text: '6,55 Milliarden Euro', value: 6.55e9, unit: 'EUR' }]);
  });

  it('Mio. Euro: chemietechnik.de, Covestro (trafilatura 61d9f4c298acc14b)', () => {
    expect(figures('Covestro investiert in Antwerpen 300 Mio. Euro in eine Anilin-Produktionsanlage und legte dafür bereits den Grundstein.')).toEqual([
      { text: '300 Mio. Euro', value: 300e6, unit: 'EUR' },
    ]);
  });

  it('Millionen US-Dollar: battery-news.de, Ultium Cells (trafilatura 510d834506f8fa88)', () => {
    expect(figures('Ultium Cells investiert eigenen Angaben zufolge weitere 275 Millionen US-Dollar in seine Gigafactory in Spring Hill.')).toEqual([
      { text: '275 Millionen US-Dollar', value: 275e6, unit: 'USD' },
    ]);
  });

  it('Prozent with a decimal comma: tagesanzeiger.ch, deforestation and malaria (trafilatura 007d55305bd38042)', () => {
    expect(figures('Eine um zehn Prozent höhere Abholzungsrate führt demnach zu 3,3 Prozent mehr Infektionen, was auf das gesamte Amazonasgebiet bezogen schnell einige Zehntausend Fälle ausmachen kann.')).toContainEqual({
      text: '3,3 Prozent', value: 3.3, unit: '%',
    });
  });

  it('thousands dot and dates: bos-fahrzeuge.info, Büssing (trafilatura 792c963e0a0e9b36)', () => {
    expect(figures('Am 13. August 1919 sperrte Büssing die gesamte Belegschaft nach Sabotagemaßnahmen aus, die auf Grund seiner Kündigung aller 1.450 MitarbeiterInnen zum 23. August stattgefunden hatten.', 'de')).toEqual([
      { text: '13. August 1919', value: '1919-08-13', unit: 'date' },
      { text: '1.450', value: 1450, unit: 'count' },
      { text: '23. August', value: '--08-23', unit: 'date' },
    ]);
  });

  it('"rund 7.300": orsted.de (trafilatura 098c2f0e85104a26)', () => {
    expect(findNumbers('Mit Hauptsitz in Dänemark beschäftigt Ørsted weltweit rund 7.300 Mitarbeiter*innen.')).toEqual([
      { text: '7.300', value: 7300, unit: 'count', qualifier: 'rund' },
    ]);
  });

  it('"30. Oktober 2023": der-farang.com, Grab (trafilatura 881cfca631b82181)', () => {
    expect(figures('BANGKOK: Ein TikTok-Video, in dem behauptet wird, dass ein Grab-Lieferbote nach Singapur fliegt, um Hühnerreis für seinen Kunden in Thailand zu kaufen, ist frei erfunden, sagte ein Grab-Sprecher am Montag (30. Oktober 2023).', 'de')).toEqual([
      { text: '30. Oktober 2023', value: '2023-10-30', unit: 'date' },
    ]);
  });

  it('days of months with no year: reset.org, Bits & Bäume (trafilatura 0333dfb1e624d79d)', () => {
    expect(figures('Vom 30. September bis zum 2. Oktober fand die Konferenz Bits & Bäume in Berlin statt.', 'de')).toEqual([
      { text: '30. September', value: '--09-30', unit: 'date' },
      { text: '2. Oktober', value: '--10-02', unit: 'date' },
    ]);
  });

  it('a range with a decimal comma: sonnenenergie.de, small wind turbines (trafilatura 077b42bfe1f49b7c)', () => {
    expect(figures('Dass auch eine kleine Windenergieanlage sinnvoll und profitabel sein kann, zeigen die vielen Mikrowindanlagen (0,1 bis 1,5 kW) auf größeren Segelbooten oder Yachten an den Küsten.', 'de')).toEqual([
      { text: '0,1 bis 1,5 kW', min: 0.1, max: 1.5, unit: 'kW' },
    ]);
  });

  it('Swiss apostrophes: infosperber.ch, Madagascar (trafilatura 136266aaaedad9ac), as de and as de-CH', () => {
    const sentence = 'Sie hatten ganz offensichtlich damit gerechnet, London nach ein, zwei Tagen mit Geld oder Edelmetall im Wert von 250’000 Franken zu verlassen, und zeigten sich punkto Barmittel sehr flexibel.';
    // "ein, zwei Tagen": a German unit of time after a number word, as "two days" in English ("ein," alone is no figure)
    const expected = [{ text: 'zwei Tagen', value: 2, unit: 'days' }, { text: '250’000 Franken', value: 250000, unit: 'CHF' }];
    expect(figures(sentence, 'de')).toEqual(expected);
    expect(figures(sentence, 'de-CH')).toEqual(expected);
  });
});

describe('French: decimal comma, space as thousands separator, millions and milliards, dates', () => {
  it('milliards de dollars: lopinion.fr, glyphosate (trafilatura 3fbbd4521ad57ff1)', () => {
    expect(figures('La firme Bayer, propriétaire de Monsanto, a été condamnée lundi aux Etats-Unis à payer la somme record de 2 milliards de dollars de dommages et intérêts à deux personnes atteintes de cancers.', 'fr')).toEqual([
      { text: '2 milliards de dollars', value: 2e9, unit: 'USD' },
    ]);
  });

  it('millions de dollars and "le 30 avril": lopinion.fr (trafilatura 3fbbd4521ad57ff1), tagged or not', () => {
    const sentence = 'Le 30 avril, et malgré la lourde condamnation de Monsanto par la justice américaine à verser 79 millions de dollars à Dewayne Johnson, un jardinier californien atteint d’un cancer qu’il attribue au glyphosate, l’EPA américaine n’a pas cillé devant ce qui est un acte judiciaire, émotionnel, et non scientifique.';
    const expected = [
      { text: '30 avril', value: '--04-30', unit: 'date' },
      { text: '79 millions de dollars', value: 79e6, unit: 'USD' },
    ];
    expect(figures(sentence, 'fr-FR')).toEqual(expected);
    expect(figures(sentence)).toEqual(expected);
  });

  it('"365 000", dates and "61 %" with a no-break space: ledevoir.com, Montreal scooters (trafilatura 47b1998cf7593c1d)', () => {
    expect(figures('Les entreprises de trottinettes et de vélos en libre-service sans ancrage ont enregistré 365 000 déplacements entre le 21 juin et le 15 novembre 2019, dont 61\u00a0% en trottinettes.', 'fr')).toEqual([
      { text: '365 000', value: 365000, unit: 'count' },
      { text: '21 juin', value: '--06-21', unit: 'date' },
      { text: '15 novembre 2019', value: '2019-11-15', unit: 'date' },
      { text: '61\u00a0%', value: 61, unit: '%' },
    ]);
  });

  it('decimal comma before "%": alternatives-economiques.fr, 35 heures (trafilatura 5266964fb2f03150)', () => {
    const found = figures('Entre 1998 et 2004, le pouvoir d’achat du salaire annuel net moyen pour les salariés à temps plein a stagné dans l’ensemble, progressant légèrement pour les cadres (+ 0,5 % par an) et les ouvriers (+ 0,6 %), diminuant un peu pour les autres catégories socioprofessionnelles salariées (– 0,2 %).', 'fr');
    expect(found).toContainEqual({ text: '0,5 %', value: 0.5, unit: '%' });
    expect(found).toContainEqual({ text: '0,6 %', value: 0.6, unit: '%' });
  });

  it('from the issue: "12,5 millions d\'euros", "1 500 000" with a narrow no-break space, "le 30 octobre 2025"', () => {
    expect(figures("12,5 millions d'euros", 'fr')).toEqual([{ text: "12,5 millions d'euros", value: 12.5e6, unit: 'EUR' }]);
    expect(figures('1\u202f500\u202f000 habitants', 'fr-FR')).toEqual([{ text: '1\u202f500\u202f000', value: 1.5e6, unit: 'count' }]);
    expect(figures('le 30 octobre 2025', 'fr')).toEqual([{ text: '30 octobre 2025', value: '2025-10-30', unit: 'date' }]);
  });
});

describe('the language decides the separators; English stays English', () => {
  it('"1.500" is 1500 in German and 1.5 in English', () => {
    expect(figures('1.500 Mitarbeiter', 'de')).toEqual([{ text: '1.500', value: 1500, unit: 'count' }]);
    expect(figures('1.500 Mitarbeiter', 'en-US')).toEqual([{ text: '1.500', value: 1.5, unit: 'count' }]);
  });

  it('an English sentence with no tag reads as English: wired.com (trafilatura a350f378df2eb7e1)', () => {
    expect(figures('The Department of Energy estimates that data centers account for about 2 percent of total US electricity usage.')).toEqual([
      { text: '2 percent', value: 2, unit: '%' },
    ]);
  });

  it('an unknown or invalid tag falls back to English', () => {
    expect(figures('a 1,500-strong team', 'xx-invalid-!!')).toEqual(figures('a 1,500-strong team'));
  });
});

describe('months, times', () => {
  it('a month of a year: news.sky.com, Mourinho (AEB 921019755f4a96ac)', () => {
    expect(figures('The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.')).toEqual([
      { text: 'December 2018', value: '2018-12', unit: 'date' },
    ]);
  });

  it('a clock time: sportsnet.ca, Davis Cup (AEB 0d46122928b6f468)', () => {
    expect(figures('Granollers and Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5) to seal the victory for Spain in a marathon series that ended close to 2 a.m. local time (0100 GMT) on Wednesday.')).toContainEqual({
      text: '2 a.m.', value: '02:00', unit: 'time',
    });
  });

  it('a news-style month abbreviation: coindesk.com (realpages/crypto)', () => {
    expect(figures('showed the amount of active trading accounts in the nation jumped from 86.57 million at the turn of the year to 95.33 million as of Oct. 31.')).toEqual([
      { text: '86.57 million', value: 86.57e6, unit: 'count' },
      { text: '95.33 million', value: 95.33e6, unit: 'count' },
      { text: 'Oct. 31', value: '--10-31', unit: 'date' },
    ]);
  });

  it('a change "from X to Y" is two figures, not a range: politifact.com tariffs guide (AEB b6906ca016bbfc64); a range stays a range', () => {
    expect(figures('Tariffs on Chinese goods were increased from 10% to 25% in May 2019.')).toEqual([
      { text: '10%', value: 10, unit: '%' },
      { text: '25%', value: 25, unit: '%' },
      { text: 'May 2019', value: '2019-05', unit: 'date' },
    ]);
    expect(figures('XRP tests support at $2.32 with a bearish projection targeting the $1.90-$2.00 zone, representing a 14-17% additional downside.')).toContainEqual({ text: '14-17%', min: 14, max: 17, unit: '%' });
  });
});

describe('units of time, fractions, multiples and ranges written in words', () => {
  it('German units of time and fractions: sueddeutsche.de, Flixtrain (trafilatura 30b6ccf3f0188c8c); tagesspiegel.de, Abstandsregeln (trafilatura b08fb8f45ab59388)', () => {
    expect(figures('Daniel Scheerer hat seine Mutter beim Zugunglück in Aichach vor einem Jahr verloren.', 'de')).toEqual([{ text: 'einem Jahr', value: 1, unit: 'years' }]);
    expect(figures('„Das Liefergeschäft mit Hotels, das die Hälfte des Umsatzes ausmachte, ist weggebrochen.“', 'de')).toEqual([{ text: 'die Hälfte', value: 50, unit: '%' }]);
    // a space between groups of three digits, as DIN 5008 writes them
    expect(figures('„Allein für die Zustellung haben wir etwa 30 000 Liter Handdesinfektionsmittel zur Verfügung gestellt“, heißt es.', 'de')).toEqual([{ text: '30 000 Liter', value: 30000, unit: 'l' }]);
  });

  it('"a year and a half", "more than triple", "twice the": nytimes.com, trade war (AEB 702d1da63b8e064c); my6sense.com (AEB dfd43bc0d46e7aaa)', () => {
    // "half" is not 50 % there
    expect(figures('But more than a year and a half into the biggest trade war in modern history, Mr. Trump’s approach has not yet produced the grand finale he hoped for.'))
      .toEqual([{ text: 'a year and a half', value: 1.5, unit: 'years' }]);
    expect(figures('In a dramatic public retelling in the Cabinet Room, he said he pressed his team to more than triple that figure, then trimmed that a little and asked for up to $50 billion in annual purchases.'))
      .toEqual([{ text: 'triple', value: 3, unit: 'x' }, { text: '$50 billion', value: 50e9, unit: 'USD' }]);
    expect(figures('Despite the smaller screen size, native ads on mobile devices generate twice the CTR of native ads on desktops, though the effective CPM is 30% lower on mobile because advertisers still pay more for desktop ads.'))
      .toEqual([{ text: 'twice', value: 2, unit: 'x' }, { text: '30%', value: 30, unit: '%' }]);
  });

  it('"two and a half year": wikimediafoundation.org, Wikipedia in Turkey (trafilatura 0ad1f67a01ad2dfd)', () => {
    expect(figures('This latest development follows a 26 December 2019 ruling by the Constitutional Court of Turkey that the more than two and a half year block imposed by the Turkish government was unconstitutional.'))
      .toEqual([{ text: '26 December 2019', value: '2019-12-26', unit: 'date' }, { text: 'two and a half year', value: 2.5, unit: 'years' }]);
  });

  it('"242 to 330 passengers" is a range, "from 242 to 330" a change: cnbc.com, Emirates (AEB 374ac9a59a85196c)', () => {
    const sentence = 'The mid-size wide body 787-9 jet is a larger and longer-range variant of Boeing\'s Dreamliner, seating 242 to 330 passengers in a two-class layout.';
    expect(figures(sentence)).toContainEqual({ text: '242 to 330', min: 242, max: 330, unit: 'count' });
    expect(figures('Seating rose from 242 to 330 passengers.')).toEqual([{ text: '242', value: 242, unit: 'count' }, { text: '330', value: 330, unit: 'count' }]);
    // the scale of the second bound is the first's too; a score is no range
    expect(figures('between 5 to 10 million users')).toEqual([{ text: '5 to 10 million', min: 5e6, max: 10e6, unit: 'count' }]);
    expect(figures('The committee voted 5 to 4.')).toEqual([{ text: '5', value: 5, unit: 'count' }, { text: '4', value: 4, unit: 'count' }]);
  });

  it('ordinals are counts ("the 77th floor"), "a third of" a fraction: deccanherald.com (AEB c90731f051d033e4), japantimes.co.jp (trafilatura 29a763ebe20c1514), independent.co.uk (trafilatura 29cd7773dd165363), bbc.com (trafilatura a18da89196c7a29c), hollywoodreporter.com (AEB 8267acacb9e4a109)', () => {
    expect(figures('US President Donald Trump has claimed victory as the Democratic Party-controlled House of Representatives concluded its third public hearing on the impeachment proceedings against him.'))
      .toEqual([{ text: 'third', value: 3, unit: 'count' }]);
    expect(figures('The masks, worth ¥40,000, had been kept at a machine room on the third floor of the Japanese Red Cross Kobe Hospital, officials at the institution said.'))
      .toEqual([{ text: '¥40,000', value: 40000, unit: 'JPY' }, { text: 'third', value: 3, unit: 'count' }]);
    expect(figures('Meanwhile, anyone giving false information to a test and trace official could be issued with a fixed penalty notice of £1,000 for a first offence, rising to £10,000 for a fourth repeat.'))
      .toEqual([{ text: '£1,000', value: 1000, unit: 'GBP' }, { text: '£10,000', value: 10000, unit: 'GBP' }, { text: 'fourth', value: 4, unit: 'count' }]);
    expect(figures('Mourners attend a funeral in Brooklyn, New York, as the city\'s coronavirus death toll hit a record high for a third day')).toEqual([{ text: 'third', value: 3, unit: 'count' }]);
    expect(figures('Notably, only one title at launch is exclusive to the Stadia service.')).toEqual([{ text: 'one', value: 1, unit: 'count' }]);
    // not an ordinal: another one, a rate, a name, a pronoun
    expect(figures('It has a rear-mounted motor, but a second motor could be installed; the second is Polymarket; 60 frames per second; the Second Amendment.')).toEqual([{ text: '60 frames per second', value: 60, unit: 'fps' }]);
  });

  it('a number word before a unit of time: "a six-month review period" (Readability\'s test page nytimes-1)', () => {
    expect(figures('But to make sure the progress continues, the executive order that President Obama plans to sign on Friday, days before leaving office, will have a six-month review period.'))
      .toContainEqual({ text: 'six-month', value: 6, unit: 'month' });
  });

  it('a month after "an": axios.com, Future newsletter (trafilatura dfdb36e00a98e328)', () => {
    expect(figures('In an October town hall meeting, UCLA students raised worries about breaches of privacy, according to the university\'s student newspaper.'))
      .toEqual([{ text: 'October', value: '--10', unit: 'date' }]);
  });
});
