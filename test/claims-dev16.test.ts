// The claims of news: errors the sixteenth round of work mended on development set 16
// (test/claims/dev-news-15) after its blind score, each on a sentence of the real page it came from (pages in
// test/fixtures/claims-pages; the id is noted). Expected values are what the labelling guideline
// (docs/claims-labelling.md) asks for, written by hand.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../lib/claims/numbers.ts';
import { sameNumber } from '../lib/claims/evaluate.ts';
import { claimsOf, claimStarting } from './support/claims.ts';

describe('an interview printed with its questions in paragraphs of their own (trafilatura--e4b64b5d2c217950, Cicero)', () => {
  const paragraphs = [
    'Frau Wendland, Wirtschaftsminister Robert Habeck verkündete diese Woche, dass Nordrhein-Westfalen vorzeitig im Jahr 2030 aus der Kohleindustrie austeigen soll. Gleichzeitig werden zwei Braunkohle-Kraftwerksblöcke von RWE bis 2024 verlängert. Wie passt das zusammen?',
    'Das ist Symbolpolitik. Der vorgezogene Ausstieg aus der Kohlekraft bis 2030 in Nordrhein-Westfalen wurde ja schon im schwarz-grünen Koalitionsvertrag festgehalten, allerdings vor der Kriegs- und Energiekrise.',
    'Warum schauen die Grünen derart auf die Befindlichkeiten radikaler Klimaschützer, die in unserem Land nur eine kleine gesellschaftliche Minderheit darstellen?',
    'Die Grünen greifen die Symbolik und den Widerstandsgeist der heutigen Klimaschutzbewegung gerne auf, weil sie das an ihre eigenen Gründungstraditionen erinnert.',
    'Wie realistisch ist das Versprechen, dass die Kohleförderung im Rheinischen Revier bereits 2030 enden soll?',
    'Wir werden es bis 2030 sehr wahrscheinlich in Nordrhein-Westfalen nicht schaffen, aus der Kohle auszusteigen.',
    'Warum nicht?',
    'Erneuerbare Energien sind volatil und brauchen daher gesicherte Kraftwerksleistung im Hintergrund – oder Speicher. Im Grunde ist diese Brückenstrategie infolge des russischen Krieges zusammengebrochen.',
  ];
  // the interviewee, named in the article's lead-in as the interview names her
  const lead = 'Energie-Expertin Anna Veronika Wendland ist sich im Gespräch mit Clemens Traub (von Cicero) sicher: Der Kohleausstieg sei in einer Zeit großen Energiemangels reine Augenwischerei.';

  it('credits the paragraphs after a question to the one interviewed, named', () => {
    const claims = claimsOf([lead, ...paragraphs], 'de');
    for (const start of ['Der vorgezogene Ausstieg', 'Wir werden es bis 2030', 'Im Grunde ist diese Brückenstrategie']) {
      const claim = claimStarting(claims, start);
      expect([claim.speaker, claim.sourcing]).toEqual(['Anna Veronika Wendland', 'named']);
    }
    // the interviewer's own lead-in to a question is not her answer
    const question = claims.find((c) => c.text.startsWith('Gleichzeitig werden zwei'));
    expect(question?.speaker).toBeUndefined();
  });

  it('a feature\'s rhetorical questions, no one addressed, make no interview', () => {
    const claims = claimsOf([
      'Warum schauen die Grünen derart auf die Befindlichkeiten radikaler Klimaschützer?',
      'Die Grünen greifen die Symbolik und den Widerstandsgeist der heutigen Klimaschutzbewegung gerne auf, weil sie das an ihre eigenen Gründungstraditionen erinnert.',
      'Wie realistisch ist das Versprechen, dass die Kohleförderung im Rheinischen Revier bereits 2030 enden soll?',
      'Wir werden es bis 2030 sehr wahrscheinlich in Nordrhein-Westfalen nicht schaffen, aus der Kohle auszusteigen.',
      'Warum nicht?',
      'Im Grunde ist diese Brückenstrategie infolge des russischen Krieges zusammengebrochen, sagte Anna Veronika Wendland.',
    ], 'de');
    expect(claimStarting(claims, 'Wir werden es bis 2030').sourcing).toBe('none');
  });
});

describe('figures', () => {
  it('a team\'s record in brackets is a score, a losing one too: "the Huskies (4-7, 3-4)" (aeb--65ce3a4577a03069)', () => {
    const figures = findNumbers('The Eagles (6-5, 3-4) snapped an 11-game losing streak to the Huskies (4-7, 3-4) dating to 2007 and ended NIU’s title hopes.', 'en');
    expect(figures.map((n) => [n.text, n.value, n.unit])).toEqual([
      ['6-5', '6-5', 'score'], ['3-4', '3-4', 'score'], ['11', 11, 'count'], ['4-7', '4-7', 'score'], ['3-4', '3-4', 'score'], ['2007', '2007', 'date'],
    ]);
    const gophers = findNumbers('The Gophers (9-1, 6-1) play Saturday against the Wildcats (2-8, 0-7), with a one-game lead in the West Division on Wisconsin.', 'en');
    expect(gophers.filter((n) => n.unit === 'score').map((n) => n.value)).toEqual(['9-1', '6-1', '2-8', '0-7']);
    // an ascending pair before a unit is still a range
    expect(findNumbers('The trip (10-20 minutes) is short.', 'en').map((n) => [n.value ?? `${n.min}–${n.max}`, n.unit])).toEqual([['10–20', 'minutes']]);
  });

  it('torque in newton-metres keeps its unit: "197 Nm of torque" (aeb--3cb5e2f46626d5bb)', () => {
    const figures = findNumbers('It puts out 151 PS along with 197 Nm of torque; which Nissan claims is a 20% and 16% improvement respectively compared to the older engine.', 'en');
    expect(figures.map((n) => [n.text, n.value, n.unit])).toEqual([['151 PS', 151, 'hp'], ['197 Nm', 197, 'Nm'], ['20%', 20, '%'], ['16%', 16, '%']]);
  });

  it('a clock\'s reading agrees with or without its leading zero in the scoring: "7:14" (aeb--264dc3ae31249cb1)', () => {
    const [found] = findNumbers('Parise’s first-period goals – he scored at 7:14 and on the power play at 19:56 – gave the Wild a commanding two-goal lead.', 'en');
    expect(sameNumber(found, { text: '7:14', value: '7:14', unit: 'time' })).toBe(true);
    expect(sameNumber(found, { text: '7:41', value: '7:41', unit: 'time' })).toBe(false);
  });
});

describe('no claims', () => {
  it('the opinion page\'s disclaimer (aeb--1f765c48780665e8, Sputnik) and the writer\'s address (aeb--3f65af7b6b98b1c9, nj.com)', () => {
    const claims = claimsOf([
      'The views and opinions expressed in the article do not necessarily reflect those of Sputnik.',
      'Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her on Twitter @AmyKup or on Facebook.',
    ]);
    expect(claims).toEqual([]);
  });
});

describe('speakers and sourcing', () => {
  it('an office before the name is no part of the speaker: "responded NASA administrator Jim Bridenstine" (aeb--c00962aabe7bdd1f)', () => {
    const claims = claimsOf(['“It depends on what Boeing is willing to invest, quite frankly,” responded NASA administrator Jim Bridenstine, noting that there wasn’t funding to support that increased production rate, even if it is possible.']);
    expect(claims[0].speaker).toBe('Jim Bridenstine');
  });

  it('"According to the man" names no one: vague (aeb--a078b3656adc0295)', () => {
    const claims = claimsOf(['According to the man, the steroids “had a transformative effect within 2 days. At the same time, having assumed that a possible cause of the allergy was feather bedding, I replaced them with hypoallergenic bedding.”']);
    const claim = claimStarting(claims, 'According to the man');
    expect([claim.sourcing, claim.speaker]).toEqual(['vague', undefined]);
  });
});
