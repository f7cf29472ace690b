// The claims of news, on sentences of the tenth development set of issue 9 (test/claims/dev-news-9: pages
// in test/fixtures/claims-pages, labelled blind, scored once before these changes; the id of each page is
// noted). Expected values are what the labelling guideline (docs/claims-labelling.md) asks for, written by
// hand.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../lib/claims/index.ts';
import { claimType } from '../lib/claims/classify.ts';
import { findNumbers } from '../lib/claims/numbers.ts';
import { claimsOf } from './support/claims.ts';

const claimStarting = (claims: Claim[], start: string): Claim | undefined => claims.find((c) => c.text.startsWith(start));
const figures = (sentence: string, lang = 'en') => findNumbers(sentence, lang).map(({ value, unit }) => [value, unit]);
const typeOf = (text: string, lang = 'en') => claimType({ text, numbers: findNumbers(text, lang), assets: [], spoken: false, vague: false, german: lang === 'de' });

describe('German speakers (development set 10)', () => {
  it('", sagt er." closing a sentence credits the one named just before (trafilatura--e4392a84df5e247f)', () => {
    const claims = claimsOf(['Jacek K. hat die Firma gegründet. Überhaupt würde er lieber die Geschäfte seiner verschiedenen Unternehmen strikt trennen, sagt er.'], 'de');
    expect(claimStarting(claims, 'Überhaupt')).toMatchObject({ sourcing: 'named' });
  });

  it('"…, sagt er" after "einer der beiden": the pronoun is someone unnamed, vague (trafilatura--5593690449edf7cd)', () => {
    const claims = claimsOf(['Juan Moreno findet zwei der Männer. Und einer der beiden nimmt dann in dem langen Interview die Geschichte Stück für Stück auseinander – praktisch alles erfunden, sagt er.'], 'de');
    expect(claimStarting(claims, 'Und einer der beiden')).toMatchObject({ sourcing: 'vague' });
    expect(claimStarting(claims, 'Und einer der beiden')?.speaker).toBeUndefined();
  });

  it('"In der Petition heisst es: «…»" (Swiss spelling) points to a document of someone named (trafilatura--563eb0e9b93b929a)', () => {
    const [claim] = claimsOf(['In der Petition heisst es: «Im Winter 2022 wird zum ersten Mal in der Fussball-Geschichte eine Weltmeisterschaft von einem arabischen Land ausgerichtet.»'], 'de');
    expect(claim.sourcing).toBe('named');
  });

  it('a name in apposition before a colon and a quotation is the speaker: "…, auch er, Benjamin Näßler: «Ich bin Fussballfan…»" (trafilatura--563eb0e9b93b929a)', () => {
    const claims = claimsOf(['Die ganze Welt werden nach Katar schauen, auch er, Benjamin Näßler: «Ich bin Fussballfan und ich bin schwul. 2020 wurde ich von einer Jury zu Mr. Gay Germany gewählt.»'], 'de');
    expect(claimStarting(claims, 'Die ganze Welt')?.speaker).toBe('Benjamin Näßler');
    expect(claimStarting(claims, '2020 wurde ich')?.speaker).toBe('Benjamin Näßler');
  });

  it('"versichert", "behauptet" report what someone says (trafilatura--9bda5ccd4288f684, trafilatura--5593690449edf7cd)', () => {
    const claims = claimsOf([
      'Zumindest an der richtigen Einstellung wird es nicht fehlen, versichert Stuttgarts Sportdirektorin Kim Renkema: "Die Mannschaft wird alles geben, um das Spiel zu gewinnen."',
      'Claas Relotius schrieb die Reportage. Relotius behauptet, seine Hauptfigur nutze zwei Identitäten oder einen Doppelnamen.',
    ], 'de');
    expect(claimStarting(claims, 'Zumindest')?.speaker).toBe('Kim Renkema');
    expect(claimStarting(claims, 'Relotius behauptet')).toMatchObject({ sourcing: 'named', speaker: 'Claas Relotius' });
  });

  it('"Am Dienstag antwortet Relotius": a weekday after a preposition is no one\'s name (trafilatura--5593690449edf7cd)', () => {
    const claims = claimsOf([
      'Am Montag geht Ressortchef Geyer zu Relotius und konfrontiert ihn mit den Vorwürfen. Am Dienstag antwortet Relotius in einer langen Mail.',
      'Die Kollegen warten bis zum Dienstag. Der Text erscheint erst am Dienstag im Heft.',
    ], 'de');
    expect(claims.map((c) => c.speaker).filter((s) => s?.includes('Dienstag'))).toEqual([]);
  });

  it('"Geyer fordert ihn auf, …" asks someone to act and says nothing: no speaker (trafilatura--5593690449edf7cd)', () => {
    const claims = claimsOf(['Matthias Geyer leitet das Ressort. Geyer fordert ihn auf, all das aufzuschreiben.'], 'de');
    expect(claimStarting(claims, 'Geyer fordert')?.speaker).toBeUndefined();
    // a demand is still a statement: "Geyer fordert mehr Personal"
    const [demand] = claimsOf(['Matthias Geyer leitet das Ressort. Geyer fordert mehr Personal für die Dokumentation.'].map((t) => t), 'de').filter((c) => c.text.startsWith('Geyer'));
    expect(demand?.speaker).toBe('Matthias Geyer');
  });

  it('a website is a source by its address: "laut bilderdiebstahl.de" (trafilatura--e4392a84df5e247f)', () => {
    const [claim] = claimsOf(['Für den Fotografen gibt es laut bilderdiebstahl.de pro abgemahnter Person 40 Euro für das erste Bild und 10 Euro für jedes weitere.'], 'de');
    expect(claim).toMatchObject({ sourcing: 'named', speaker: 'bilderdiebstahl.de' });
  });
});

describe('figures and types (development set 10)', () => {
  it('a split of a whole is a share: "a near-50:50 weight distribution", "auf 50:50" (aeb--06ee193de4bd611f, trafilatura--8c5cebe9c40ae32c)', () => {
    expect(figures('VW says that it’s enough to give the ID. SPACE VIZZION a near-50:50 weight distribution.')).toEqual([[50, '%']]);
    expect(figures('Habeck bezifferte die Chancen, dass es einen Industriestrompreis gibt, erneut auf 50:50.', 'de')).toEqual([[50, '%']]);
    // a score or a clock time is no split
    expect(figures('The match ended 2:1 at 15:30.')).toEqual([['2:1', 'score'], ['15:30', 'time']]);
  });

  it('a time of day or someone\'s age makes no quantity claim: events (trafilatura--5593690449edf7cd, trafilatura--9bda5ccd4288f684, trafilatura--0823087d8dc10ee8)', () => {
    expect(typeOf('Um 12.45 Uhr veröffentlicht SPIEGEL ONLINE einen Text von Fichtner über die Affäre.', 'de')).toBe('event');
    expect(typeOf('Die 26-jährige Diagonalangreiferin besticht vor allem durch ihre enorme Sprungkraft.', 'de')).toBe('event');
    expect(typeOf('Amtsinhaber und Verwaltungsmann Carsten Froß (54) sowie die Petersberger CDU stehen vor einem Scherbenhaufen.', 'de')).toBe('event');
    expect(typeOf('On November 16, a third case of plague was reported in a 55-year-old man, also from Inner Mongolia.')).toBe('event');
    // a figure beside the age still makes one
    expect(typeOf('The 55-year-old bought a house for $412,000.')).toBe('quantity');
  });
});
