// The claims of news, on sentences of the ninth development set of issue 9 (test/claims/dev-news-8: pages
// in test/fixtures/claims-pages, labelled blind, scored once before these changes; the id of each page is
// noted). Expected values are what the labelling guideline (docs/claims-labelling.md) asks for, written by
// hand.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../lib/claims/index.ts';
import { findNumbers } from '../lib/claims/numbers.ts';
import { claimsOf } from './support/claims.ts';

const claimStarting = (claims: Claim[], start: string): Claim | undefined => claims.find((c) => c.text.startsWith(start));
const figures = (sentence: string, lang = 'en') => findNumbers(sentence, lang).map(({ value, min, max, unit }) => ({ value, min, max, unit }));

describe('German sources that follow or point back (development set 9)', () => {
  it('"einem Bericht aus Südkorea zufolge": a report nobody is named for is vague, and no noun after "zufolge" is a speaker (trafilatura--e5dd66cf0028839c)', () => {
    const [claim] = claimsOf(['Apple arbeitet einem Bericht aus Südkorea zufolge an eigenen Akkus, die zunächst in iPhones verbaut werden sollen.'], 'de');
    expect(claim.sourcing).toBe('vague');
    expect(claim.speaker).toBeUndefined();
  });

  it('"dem HDE zufolge": the one named before "zufolge" is the source (trafilatura--f5b858854290494e)', () => {
    const claims = claimsOf(['Der Handelsverband Deutschland (HDE) hat seine Prognose vorgelegt. In den zehn Jahren vor Corona gab es dem HDE zufolge rund 40.000 Geschäftsschließungen.'], 'de');
    expect(claimStarting(claims, 'In den zehn Jahren')).toMatchObject({ sourcing: 'named' });
  });

  it('"demnach" and "heißt es in den Thesen" point back to a source named before: named, no speaker shown (trafilatura--1ac1345a382cf8ce, trafilatura--d669e6a7cea31f47)', () => {
    const claims = claimsOf([
      'Seit Beginn des russischen Angriffskriegs auf die Ukraine gelangen weiter Waffen und Munition westlicher Hersteller nach Russland. Das ist das Ergebnis einer Recherche von "Correctiv".',
      'Die Hersteller dürfen sie demnach ins Ausland verkaufen, weil sie offiziell als Jagd- oder Sportwaffen gelten. Es geht um etwa 7.300 Schusswaffen.',
      'In der Corona-Pandemie sei die Systemrelevanz der Pflege besonders hervorgetreten, heißt es in einer der zwölf Thesen zum Wert des Sozialstaates.',
    ], 'de');
    expect(claimStarting(claims, 'Die Hersteller dürfen')).toMatchObject({ sourcing: 'named' });
    expect(claimStarting(claims, 'In der Corona-Pandemie')).toMatchObject({ sourcing: 'named' });
    // "heißt es" alone still leans on no one named
    const [alone] = claimsOf(['Der Konzern will die Produktion 2024 um 20 Prozent steigern, heißt es.'], 'de');
    expect(alone.sourcing).toBe('vague');
  });

  it('a quotation credited to someone unnamed ("so einer von ET-News‘ Insidern") is not the words of the source quoted before it, nor is the next one (trafilatura--e5dd66cf0028839c)', () => {
    const claims = claimsOf([
      'Laut ET-News ziele Apple darauf ab, „innovative Batterien zu entwickeln, die bisher weltweit noch nicht kommerzialisiert wurden“. „Die Nachfrage nach Hochleistungsbatterien ist mit der Erweiterung der mobilen Nutzererfahrung gestiegen“, so einer von ET-News‘ Insidern. „Apple scheint schon bei der Materialentwicklung daran zu arbeiten, die Batterieleistung zu steigern“, ergänzte die Person.',
    ], 'de');
    expect(claimStarting(claims, 'Laut ET-News')?.speaker).toBe('ET-News');
    expect(claimStarting(claims, '„Die Nachfrage')).toMatchObject({ sourcing: 'vague' });
    expect(claimStarting(claims, '„Die Nachfrage')?.speaker).toBeUndefined();
    expect(claimStarting(claims, '„Apple scheint')?.speaker).toBeUndefined();
  });
});

describe('English sources (development set 9)', () => {
  it('"according to a paper published in the journal Nature Astronomy": the journal is the source (aeb--14cc2a0ca59c62a8)', () => {
    const [claim] = claimsOf(["According to a paper published in the journal Nature Astronomy on Monday, the NASA team discovered enough water vapor being released from Europa to fill an Olympic-size swimming pool within minutes."]);
    expect(claim).toMatchObject({ sourcing: 'named', speaker: 'Nature Astronomy' });
  });

  it('researchers nobody names warning, urging or spotting something are a vague source (trafilatura--6c450d136341d670)', () => {
    const claims = claimsOf([
      'Researchers are warning of a new Android ransomware being spread via links in online forums and SMS messages.',
      'Researchers urged Android victims to avoid attack by keeping devices up to date and sticking to Google Play for downloading apps.',
    ]);
    expect(claims.map((c) => c.sourcing)).toEqual(['vague', 'vague']);
  });

  it('"allegedly" and an unnamed relative lean on no one named: vague (trafilatura--acedabc71cc4bee9)', () => {
    const claims = claimsOf([
      'After waiting a short while, they followed his trail and allegedly found him wounded and lying next his shotgun.',
      'One relative said that Ramdehol’s body was found lying on the side, with a gunshot wound to his stomach just under his right side chest.',
    ]);
    expect(claims.map((c) => c.sourcing)).toEqual(['vague', 'vague']);
  });

  it('a name inside what unnamed people claim is not the speaker: "The loggers claimed that … Ramdehol allegedly told them…" (trafilatura--acedabc71cc4bee9)', () => {
    const claims = claimsOf([
      'Two loggers have since claimed that they had heard when the hunter, identified as 54-year-old Bharrat Ramdehol, was shot.',
      'The loggers claimed that he was still alive and groaning in pain and along the way, Ramdehol allegedly told them that he was in too much pain and cannot continue the journey.',
    ]);
    expect(claimStarting(claims, 'The loggers claimed')?.speaker).toBeUndefined();
    // someone named who opens the sentence is still its speaker
    const [named] = claimsOf(['Bharrat Ramdehol told them that he was in too much pain and cannot continue the journey.']);
    expect(named.speaker).toBe('Bharrat Ramdehol');
  });

  it('"residents to stay … rather than returning to say, Palmyra": an infinitive "to say" is no one saying (aeb--1ee91d1fce65e09b)', () => {
    const claims = claimsOf(['Charles Simpson said the camp was losing people. “This is a motivation for residents to stay in Rukban, rather than returning to say, Palmyra.”']);
    expect(claimStarting(claims, '“This is a motivation')?.sourcing).not.toBe('vague');
  });
});

describe('lines that are never claims (development set 9)', () => {
  it('a byline with a dash before its date and time: "By Justine Coleman - 11/18/19 11:04 PM EST" (aeb--6ebac05f637ece8a)', () => {
    expect(claimsOf(['By Justine Coleman - 11/18/19 11:04 PM EST'])).toEqual([]);
  });

  it('an image credit and its licence: "Foto: president.gov.ua, via Wikimedia Commons | Lizenz: CC BY 4.0" (trafilatura--bf91d68de89e228d)', () => {
    expect(claimsOf(['Foto: president.gov.ua, via Wikimedia Commons | Lizenz: CC BY 4.0'], 'de')).toEqual([]);
    expect(claimsOf(['Photo: Reuters/Jane Doe, 2019, licensed CC BY-SA 2.0'])).toEqual([]);
  });

  it('what is left of a quotation\'s attribution after the split is no claim: "\u201d she wrote in her letter." (aeb--6ebac05f637ece8a)', () => {
    const claims = claimsOf([
      "Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter Tuesday, saying she did not think a severe sentence would be helpful.",
      '"But we must ask: who are we as a nation if we respond to threats of political retribution with retribution ourselves? " she wrote in her letter. "The answer to hate is not more hate; it is compassion."',
    ]);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((c) => /^"?\s*she wrote/.test(c.text))).toBe(false);
  });
});

describe('figures (development set 9)', () => {
  it('file sizes keep their unit: "51,200 KB/50 MB", "less than 150 KB" (trafilatura--6c450d136341d670)', () => {
    expect(figures('That said, the malware leaves files unencrypted if the file size is over 51,200 KB/50 MB.')).toEqual([
      { value: 51200, min: undefined, max: undefined, unit: 'KB' },
      { value: 50, min: undefined, max: undefined, unit: 'MB' },
    ]);
    expect(figures('Also, JPEG, JPG and PNG files with a file size less than 150 KB are also not encrypted.')).toEqual([{ value: 150, min: undefined, max: undefined, unit: 'KB' }]);
  });

  it('a footnote mark is no figure: "up to 1,000 alarms per shift[1]" (aeb--5ae11e580afc12d3)', () => {
    expect(figures('But this can sometimes lead to alarm fatigue, with care givers being exposed to up to 1,000 alarms per shift[1], even though up to 99% of those do not even require clinical intervention[2].').map((f) => [f.value, f.unit])).toEqual([
      [1000, 'count'],
      [99, '%'],
    ]);
  });
});
