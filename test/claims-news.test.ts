// The claims of general news, on sentences of the development pages of issue 9 (test/claims/dev-news,
// pages in test/fixtures/claims-pages; the id of each page is noted). Expected values are what the
// labelling guideline (docs/claims-labelling.md) asks for, written by hand.
import { describe, expect, it } from 'vitest';
import { claimsOf, claimStarting } from './support/claims.ts';
import { findNumbers } from '../lib/claims/numbers.ts';
import { claimType } from '../lib/claims/classify.ts';

describe('speakers of news', () => {
  it('British titles and offices before a name: "Mr Hancock" is Matt Hancock (trafilatura--29cd7773dd165363)', () => {
    const claims = claimsOf([
      'Health secretary Matt Hancock was forced onto the defensive in the House of Commons on Tuesday.',
      'Mr Hancock responded: “Sometimes in this pandemic we have had to move fast, and we may need to again.',
    ]);
    expect(claimStarting(claims, 'Mr Hancock').speaker).toBe('Matt Hancock');
  });

  it('"Secretary of State Mike Pompeo said" and "Supervisor Alfredo Pedroza of Napa County" are the people (aeb--a1fca19b884e0e94, trafilatura--84a72d81e59f002b)', () => {
    const [pompeo] = claimsOf(['Secretary of State Mike Pompeo said the release of the hostages “give[s] us hope for the success of intra-Afghan peace negotiations.”']);
    expect(pompeo.speaker).toBe('Mike Pompeo');
    const [pedroza] = claimsOf(['"I think anyone that wants to do business in this area has an incredible opportunity to make sure it is done fair," said Supervisor Alfredo Pedroza of Napa County.']);
    expect(pedroza.speaker).toBe('Alfredo Pedroza');
  });

  it('"said Velázquez\'s reversal" begins what was said: the one saying is named before it (trafilatura--aa55dd360275393a)', () => {
    const [claim] = claimsOf(["Roxanne Delgado, founder of the civic association Friends of Pelham Parkway, said Velázquez's reversal on the rezoning hurt her chances of keeping her seat in the Council."]);
    expect(claim.speaker).toBe('Roxanne Delgado');
  });

  it('"said Department of Correction spokesman Jason Kersten" is the spokesman (trafilatura--a18da89196c7a29c)', () => {
    const [claim] = claimsOf(['But burial operations have increased from one day a week to five days a week, with around 24 burials each day, said Department of Correction spokesman Jason Kersten.']);
    expect(claim.speaker).toBe('Jason Kersten');
  });

  it('a short form the article defines is its full name: "(SDK)" (trafilatura--606fbaa2b8a9c113)', () => {
    const claims = claimsOf([
      "As AnandTech reports, Japanese company Showa Denko K.K. (SDK) is the world's largest manufacturer of hard drive platters.",
      'Conventional magnetic recording methods today achieve 1.14Tb per square inch, but SDK believes its HAMR technology will increase that to up to 6Tb per square inch.',
    ]);
    expect(claimStarting(claims, 'Conventional').speaker).toBe('Showa Denko K.K.');
  });

  it('"the Conservative MP said" names no one: the source is named, no speaker shown (trafilatura--c9587a18fe78770b)', () => {
    const [claim] = claimsOf(['Speaking in the Commons, the Conservative MP said: “It does not need to be like this because there are ways in which we can at least get part of this industry going again.”']);
    expect(claim.speaker).toBeUndefined();
    expect(claim.sourcing).toBe('named');
  });
});

describe('speakers of news: the one saying before "according to", short forms, first names, states', () => {
  it('"…," he said, according to the Intelligencer: the one saying, not the paper (aeb--9e8c9f082a8d77c5)', () => {
    const said = 'Border agents "say you’ve got to pay attention to this — $53 million a week is coming across the border in drugs," he said, according to the Intelligencer, the Wheeling News-Register.';
    const named = 'In October, Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen, Texas, and argued that the United States needs stronger border security, including more border patrol agents.';
    // "he" reaches the name of its own paragraph
    const claim = claimStarting(claimsOf([named, `A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs into the country. ${said}`]), 'Border agents');
    expect(claim.speaker).toBe('David McKinley');
    expect(claim.sourcing).toBe('named');
    // and no further: as the page has it, a paragraph on, a source is named but the speaker is not sure enough to show
    const apart = claimStarting(claimsOf([named, 'A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs into the country.', said]), 'Border agents');
    expect(apart.speaker).toBeUndefined();
    expect(apart.sourcing).toBe('named');
  });

  it('"As … Dr. Sanjay Gupta noted at the time, …, according to guidance from the Mayo Clinic" is Gupta (aeb--ef4e67b66d63b5fa)', () => {
    const [claim] = claimsOf(["(As CNN's chief medical correspondent Dr. Sanjay Gupta noted at the time, Trump's heart disease meant that the President had a moderate risk of a heart attack in the following 3-5 years, according to guidance from the Mayo Clinic.)"]);
    expect(claim.speaker).toBe('Sanjay Gupta');
  });

  it('"California ISO" is the California Independent System Operator the article named; "Walter" the one Walter it named (trafilatura--0468be2165e974b6, trafilatura--2ae02d6630ebd980)', () => {
    const grid = claimsOf([
      'The California Independent System Operator, the nonprofit entity that controls the state’s grid, ordered the blackouts.',
      'In particular, California ISO said two natural gas power plants shut down on Friday and, on Saturday, a wind farm and another gas plant stopped producing power.',
    ]);
    expect(claimStarting(grid, 'In particular').speaker).toBe('California Independent System Operator');
    const voters = claimsOf([
      'One of the Buttigieg campaign organizers was Walter A. Clyburn Reed, the grandson of South Carolina Congressman James Clyburn.',
      '"He was referring to his generation in particular … He understands that our nation is progressing," Walter said.',
    ]);
    expect(claimStarting(voters, '"He was referring').speaker).toBe('Walter A. Clyburn Reed');
  });

  it('a US state is a place, never a speaker: "Figures from Louisiana, Mississippi…" (trafilatura--a18da89196c7a29c)', () => {
    const [claim] = claimsOf(['Figures from Louisiana, Mississippi, Michigan, Wisconsin and New York reflect the same racial disparity in coronavirus infections.']);
    expect(claim.speaker).toBeUndefined();
    expect(claim.sourcing).toBe('named');
  });
});

describe('sourcing of news: announcements, denials, reports named in German', () => {
  it('"The government has unveiled a plan" is the government\'s word (aeb--b0cf2bbf0192315e)', () => {
    const [claim] = claimsOf(['The government has unveiled a plan to help the PV industry reduce the cost of solar panels from around $0.23/W to $0.10/W by 2030.']);
    expect(claim.sourcing).toBe('named');
  });

  it('"He has always denied the allegations" credits him (aeb--c7e39ac49fa1235f)', () => {
    const claims = claimsOf(['Assange was accused of rape by a woman and sexual assault by another one following a Wikileaks conference in Stockholm in 2010. He has always denied the allegations, saying the sex was consensual.']);
    expect(claimStarting(claims, 'He has always denied').sourcing).toBe('named');
  });

  it('"Rundle himself theorized" is Mike Rundle (trafilatura--de577a9e91054f95)', () => {
    const claims = claimsOf([
      'The feature, which was spotted by Mike Rundle on Twitter, only appears to be working on the iPhone XS and XS Max with this version of the beta.',
      'Coincidentally, Rundle himself theorized back in 2017 that Apple would one day do this, although not so soon.',
    ]);
    expect(claimStarting(claims, 'Coincidentally').speaker).toBe('Mike Rundle');
  });

  it('"Laut einer umfangreichen Studie der University of Oxford" names the university (trafilatura--4196d57c37553773)', () => {
    const [claim] = claimsOf(['Laut einer umfangreichen Studie der University of Oxford, könnten 75 Prozent des weltweiten, landwirtschaftlichen Ackerlands anderweitig verwendet werden, wenn sich die Menschheit vegan ernähren würde.'], 'de');
    expect(claim.speaker).toBe('University of Oxford');
    expect(claim.sourcing).toBe('named');
  });
});

describe('sourcing of market news: made public by, the German perfect, described companies (test/claims/dev-market)', () => {
  it('"identified by MOTIE" is the ministry the article abbreviates, comma and all (aeb--b0cf2bbf0192315e)', () => {
    const claims = claimsOf([
      'South Korea’s Ministry of Trade, Industry and Energy (MOTIE) has unveiled a plan to help the PV industry further reduce the costs of solar module technology and to increase product efficiency.',
      'Sixteen energy technology priorities identified by MOTIE in the roadmap include a reduction in solar module costs from around $0.23/W today to $0.10 by 2030, helped by unspecified research and development.',
    ]);
    const roadmap = claimStarting(claims, 'Sixteen');
    expect(roadmap.speaker).toBe('Ministry of Trade, Industry and Energy');
    expect(roadmap.sourcing).toBe('named');
  });

  it('"Vor zwei Wochen hat Arbeitsminister Hubertus Heil (SPD) Regeln vorgestellt": the verb comes last (trafilatura--b08fb8f45ab59388)', () => {
    const [claim] = claimsOf(['Vor zwei Wochen hat Arbeitsminister Hubertus Heil (SPD) Regeln vorgestellt, die im ganzen Land, in jeder Firma gelten.'], 'de');
    expect(claim.speaker).toBe('Hubertus Heil');
    expect(claim.sourcing).toBe('named');
  });

  it('"Die Betreiber privater Bahnen fürchten": a noun after an adjective is no name (trafilatura--30b6ccf3f0188c8c)', () => {
    const claims = claimsOf([
      'Ein immer engerer Takt für die Bahn und ein aufeinander abgestimmtes Netz erschwerten demnach neuen Wettbewerbern den Zugang. "Eigenwirtschaftliche Bahnen im freien Wettbewerb würden massiv dazu beitragen, die Passagierzahlen im umweltfreundlichen Personenverkehr anzuheben."',
      'Die Betreiber privater Bahnen fürchten, dass es in einem engmaschigen Takt noch schwerer wird, Kunden alternative Angebote zu ICEs und ICs zu machen.',
    ], 'de');
    expect(claimStarting(claims, 'Die Betreiber').speaker).toBeUndefined();
  });

  it('"The German automaker, which …, says": a company described, named (aeb--05844573ca7e1fba)', () => {
    const [claim] = claimsOf(['The German automaker, which has focused on electric vehicles after its diesel emissions-cheating scandal, says the wagon will be able to go 300 miles on a single battery charge.']);
    expect(claim.sourcing).toBe('named');
    expect(claim.speaker).toBeUndefined();
  });
});

describe('sourcing of news', () => {
  it('"“I now do recall,” he said": named, even where "he" is not sure (aeb--82b6d780c792df78)', () => {
    const [claim] = claimsOf(['Yet Sondland has already amended his testimony once — “I now do recall,” he said, talking to Ukraine about investigations.']);
    expect(claim.sourcing).toBe('named');
    expect(claim.type).toBe('quote');
  });

  it('"…," they said / it says: a source named before (aeb--70cb2d5bca75ab5a, BBC on Big Machine)', () => {
    const claims = claimsOf([
      'Big Machine have twice denied doing anything wrong.',
      '"At no point did we say Taylor could not perform on the AMAs or block her Netflix special," they said in a statement on their website last Friday.',
    ]);
    expect(claimStarting(claims, 'Big Machine').speaker).toBe('Big Machine');
    expect(claimStarting(claims, '"At no point').sourcing).toBe('named');
  });

  it('one unnamed person and government data are vague (trafilatura--6d5d6d3992f6ad6a, --aa55dd360275393a)', () => {
    const claims = claimsOf([
      'One academic told the authors how she had been plunged into a six-month teaching contract without an interview or training.',
      'Between 2014 and 2021, just 58 units of income-restricted housing were developed in the 13th Council district, according to city data.',
    ]);
    expect(claims.map((c) => c.sourcing)).toEqual(['vague', 'vague']);
  });

  it('German: "laut Marktprognosen" is vague and no speaker; "per Bahn" is no source; indirect speech is someone\'s (trafilatura--347a09950c765ad3, --8937818ce3e1baf3)', () => {
    const [forecast] = claimsOf(['Bis 2042 würden laut Marktprognosen weltweit 40.850 Flugzeuge ausgeliefert - 80 Prozent davon Kurz- und Mittelstreckenflugzeuge.'], 'de');
    expect(forecast.speaker).toBeUndefined();
    expect(forecast.sourcing).toBe('vague');
    const [rail] = claimsOf(['In Göteborg werden aktuell 60 % der Container per Bahn transportiert.'], 'de');
    expect(rail.speaker).toBeUndefined();
    expect(rail.sourcing).toBe('none');
    const claims = claimsOf([
      '"Die Lieferantenketten werden sich nachhaltig verändern", sagte der Konzernchef von FACC, Robert Machtlinger.',
      'Das Flugaufkommen liege bei 108 Prozent im Vergleich zu 2019.',
    ], 'de');
    expect(claimStarting(claims, 'Das Flugaufkommen').sourcing).toBe('named');
  });
});

describe('sourcing of news: stances, times and quotations', () => {
  it('a stance verb credits the name before it: "Wikileaks welcomed", "He has consistently denied" (aeb--c7e39ac49fa1235f, aeb--70cb2d5bca75ab5a)', () => {
    const [welcomed] = claimsOf(['There was no immediate comment from Assange but Wikileaks welcomed the Swedish move to drop the investigation.']);
    expect(welcomed.sourcing).toBe('named');
    const claims = claimsOf(['Scooter Braun, the manager, bought the label this year.', 'He has consistently denied being unfair to her.']);
    expect(claimStarting(claims, 'He has').sourcing).toBe('named');
  });

  it('a time between the name and the verb: "Clark in October revealed" (aeb--374ac9a59a85196c)', () => {
    const claims = claimsOf(['Emirates President Tim Clark told reporters the airline will grow.', 'Clark in October revealed lofty plans to expand the Emirates fleet by 30% by the end of 2025.']);
    const revealed = claimStarting(claims, 'Clark in');
    expect(revealed.sourcing).toBe('named');
    expect(revealed.speaker).toBe('Tim Clark');
  });

  it('"Data published by OpenAI shows" names OpenAI; "according to a person at the fundraiser" is vague (trafilatura--a350f378df2eb7e1, --757b99f1edd51a0e)', () => {
    const [data] = claimsOf(['Data published by OpenAI shows that the computing power required for key AI landmarks over the past few years has doubled roughly every 3.4 months.']);
    expect([data.sourcing, data.speaker]).toEqual(['named', 'OpenAI']);
    const [person] = claimsOf(['And the two were together at an early October GOP fundraiser in Hendersonville, where Debbie Meadows remained near Bennett for much of the event, according to a person at the fundraiser.']);
    expect(person.sourcing).toBe('vague');
  });

  it('a name in a clause of time or reference is not the source: "for which Lee said", "before Meadows announced" (trafilatura--6bc77ba376da1208, --757b99f1edd51a0e)', () => {
    const claims = claimsOf([
      'Tim Lee, the county assessor, campaigned for both measures.',
      'The proposition received approximately 24,000 more yes votes than Proposition 4 (property tax relief), for which Lee said he’s thankful.',
      'And shortly after midnight on Dec. 19 — about five hours before Meadows announced — Bennett posted photos of herself with the congressman.',
    ]);
    expect(claimStarting(claims, 'The proposition').speaker).toBeUndefined();
    expect(claimStarting(claims, 'And shortly').speaker).toBeUndefined();
  });

  it('"…," Menear continued; the rest of a quotation credited in its paragraph is named too (aeb--51374560f40088e2, aeb--b6906ca016bbfc64)', () => {
    const [continued] = claimsOf(['"We are largely on track with these investments and have seen positive results, but some of the benefits anticipated for fiscal 2019 will take longer to realize than our initial assumptions," Menear continued.']);
    expect(continued.sourcing).toBe('named');
    const claims = claimsOf(['President Donald Trump tweeted on Monday that tariffs were working. "Thanks to my tariffs, we\'re taking in billions and billions of dollars from a country that never gave us 10 cents, China."']);
    expect(claimStarting(claims, '"Thanks').sourcing).toBe('named');
  });
});

describe('types of news claims', () => {
  it('words quoted, credited or not, make a quote; a title in quotation marks does not (aeb--374ac9a59a85196c, trafilatura--fff01d0f71caf00e)', () => {
    const [era] = claimsOf(['Aviation analysts called it the "end of an era," as the industry\'s symbol of excess and luxury flight was sidelined for smaller planes.']);
    expect(era.type).toBe('quote');
    const [award] = claimsOf(['Brad Pitt picked up another trophy for his supporting role in “Once Upon A Time in Hollywood,” while Laura Dern was named best supporting actress.']);
    expect(award.type).not.toBe('quote');
  });

  it('a reported future is a prediction, a past unreal is not (aeb--7de5241947a5f714)', () => {
    const [bosma] = claimsOf(['Bosma said lawmakers would take action to prevent the use of student test scores to evaluate teachers and schools.']);
    expect(bosma.type).toBe('prediction');
  });

  it('causes in English and German: "has complicated", "ist … zurückzuführen", "betroffen" (aeb--702d1da63b8e064c, trafilatura--8937818ce3e1baf3, trafilatura--347a09950c765ad3)', () => {
    const [deal] = claimsOf(['But Mr. Trump’s approach has complicated his ability to get a final deal, including securing the big farm commitments that he showcased last month.']);
    expect(deal.type).toBe('causal');
    const port = claimsOf(['Der Anstieg ist unter anderem auf die Einführung von vier neuen Bahnshuttles zurückzuführen, die den Hafen mit Piteå, Gävle, Fiskarheden und Jönköping verbinden, so die Hafengesellschaft.'], 'de');
    expect(claimStarting(port, 'Der Anstieg').type).toBe('causal');
    const facc = claimsOf(['In der Luftfahrt geht es nach der Pandemie wieder rasant bergauf. Davon ist auch der oberösterreichische Luftfahrtzulieferer FACC deutlich betroffen.'], 'de');
    expect(claimStarting(facc, 'Davon').type).toBe('causal');
    // an adjective is no cause
    const [ballpark] = claimsOf(['It’s more complicated than McKinley suggests, but he appears to be in the ballpark of the $53 million figure.']);
    expect(ballpark?.type).not.toBe('causal');
  });

  it('forecasts: a deadline in a year, German plans and fears, "Looking ahead" (trafilatura--30b6ccf3f0188c8c, aeb--51374560f40088e2, aeb--b0cf2bbf0192315e)', () => {
    const [takt] = claimsOf(['Zwischen den größten Städten plant die Bahn einen 30-Minuten-Takt und damit viel mehr Verbindungen als heute.'], 'de');
    expect(takt.type).toBe('prediction');
    const [fear] = claimsOf(['Bahn-Konkurrenten wie Flixbus fürchten durch den geplanten Deutschlandtakt von Deutscher Bahn und Bundesverkehrsminister Scheuer große Nachteile.'], 'de');
    expect(fear.type).toBe('prediction');
    const [outlook] = claimsOf(['Looking ahead, Home Depot sees fiscal year 2019 sales growth of 1.8 percent and comparable sales growth of 3.5 percent, down from previous guidance of up 2.3 percent and up 4 percent, respectively.']);
    expect(outlook.type).toBe('prediction');
    const [plan] = claimsOf(['The government has unveiled a plan to help the PV industry reduce the cost of solar panels from around $0.23/W to $0.10/W by 2030.']);
    expect(plan.type).toBe('prediction');
  });

  it('effects in the past are causes: "has eroded revenue" (aeb--098bb3e96c0acdf3)', () => {
    const [claim] = claimsOf(['Accelerated cord-cutting has eroded revenue from Disney’s flagship ESPN channels, Disney Channel and other cable networks.']);
    expect(claim.type).toBe('causal');
  });

  it('an announced plan is the news of the announcement, a past habit no forecast (corpus 000_80ab6c6d0866ffcd, aeb--ef4e67b66d63b5fa)', () => {
    const [board] = claimsOf(['In August of this year, World Liberty Financial announced that its founding team — including the son of the President, Eric Trump — would be joining the board of publicly traded company ALT5 Sigma.']);
    expect(board.type).toBe('event');
    const vip = { text: 'The medical staff did not get a heads up that a "VIP" guest was coming, as they typically would.', numbers: [], assets: [], spoken: false, vague: false };
    expect(claimType(vip)).not.toBe('prediction');
    // "would" reported from someone is still a forecast
    const [bosma] = claimsOf(['Bosma said lawmakers would take action to prevent the use of student test scores to evaluate teachers and schools.']);
    expect(bosma.type).toBe('prediction');
  });

  it('"a plan to", "the free weeklong trial": nouns, not a forecast or law (trafilatura--aa55dd360275393a, aeb--098bb3e96c0acdf3)', () => {
    const [plan] = claimsOf(['Another plan to convert a vacant building on the grounds of Jacobi Hospital into a supportive housing site for sick and disabled New Yorkers with criminal justice histories has remained another contentious issue in the area, with signs denouncing the proposals lining the tidy lawns outside homes in the neighboring Indian Village community.']);
    expect(plan.type).not.toBe('prediction');
    const [trial] = claimsOf(['An undisclosed number of customers signed up for the free weeklong trial, although it is not clear how many have converted to paid subscribers.']);
    expect(trial.type).not.toBe('legal');
    const [court] = claimsOf(['The trial of the exchange founder opened in Manhattan federal court on Tuesday.']);
    expect(court.type).toBe('legal');
  });

  it('German perfect tense reports an event: "hat ein Verfahren entwickelt" (trafilatura--42fb771ca281a626)', () => {
    const claims = claimsOf(['Die Duesenfeld GmbH aus Wendeburg bei Braunschweig hat ein Verfahren entwickelt, ausgediente Akkus effizienter als bisher zu recyceln.'], 'de');
    expect(claims).toHaveLength(1);
    expect(claims[0].type).toBe('event');
  });
});

describe('figures of news', () => {
  it('multiples in words: "three times as contagious", "quadrupled" (trafilatura--a18da89196c7a29c, --29cd7773dd165363)', () => {
    expect(findNumbers('Mike Pence stressed on Thursday that Covid-19 was about three times as contagious as influenza.', 'en')).toEqual([
      { text: 'three times', value: 3, unit: 'x', qualifier: 'about' },
    ]);
    expect(findNumbers('The fine quadrupled to £4,000.', 'en')).toEqual([
      { text: 'quadrupled', value: 4, unit: 'x' },
      { text: '£4,000', value: 4000, unit: 'GBP' },
    ]);
  });

  it('"between 8 percent and 20 percent" is one range (trafilatura--a350f378df2eb7e1)', () => {
    expect(findNumbers('Some predict that by 2030, computing will consume between 8 percent and 20 percent of electricity.', 'en')).toEqual([
      { text: '2030', value: '2030', unit: 'date' },
      { text: '8 percent and 20 percent', min: 8, max: 20, unit: '%' },
    ]);
  });

  it('model numbers are names, not figures: "Boeing 787-9" (aeb--374ac9a59a85196c)', () => {
    expect(findNumbers('Emirates Airline finalized a deal to purchase 30 of Boeing 787-9 Dreamliner jets.', 'en')).toEqual([
      { text: '30', value: 30, unit: 'count' },
    ]);
  });

  it('a unit written glued to the number, and one a bare number shares in its sentence (trafilatura--606fbaa2b8a9c113, --0468be2165e974b6)', () => {
    expect(findNumbers('Later this year Seagate will start shipping 20TB hard drives, allowing for up to 80TB drives.', 'en')).toEqual([
      { text: '20TB', value: 20, unit: 'TB' },
      { text: '80TB', value: 80, unit: 'TB', qualifier: 'up to' },
    ]);
    expect(findNumbers('Demand reached 50,270 megawatts, followed by 2017 with 50,116, according to data from California ISO.', 'en')).toEqual([
      { text: '50,270 megawatts', value: 50270, unit: 'MW' },
      { text: '2017', value: '2017', unit: 'date' },
      { text: '50,116', value: 50116, unit: 'MW' },
    ]);
    expect(findNumbers('Saturday’s peak demand reached 44,947 megawatts, much lower than the 46,797 he saw on Friday.', 'en').map((n) => n.unit)).toEqual(['MW', 'MW']);
    // a count of something else keeps its own unit; a number far from the measured one shares nothing
    expect(findNumbers('The 300 MW plant employs 250 people.', 'en').map((n) => n.unit)).toEqual(['MW', 'count']);
    expect(findNumbers('The 300 MW plant has 4, not 5.', 'en').map((n) => n.unit)).toEqual(['MW', 'count', 'count']);
    // "5G" and "4K" stay what they were: no unit starts there
    expect(findNumbers('Web3 and 5G are names.', 'en')).toEqual([]);
  });

  it('a decade is its first and last year: "the early 2020s" (aeb--374ac9a59a85196c)', () => {
    expect(findNumbers('The airline will recommence its expansion in the early 2020s.', 'en')).toEqual([{ text: '2020s', min: '2020', max: '2029', unit: 'date' }]);
    expect(findNumbers("Prices last rose this fast in the 1990's.", 'en')).toEqual([{ text: "1990's", min: '1990', max: '1999', unit: 'date' }]);
    // between two years: one range of years (trafilatura--aa55dd360275393a)
    expect(findNumbers('Between 2014 and 2021, 58 people died.', 'en')[0]).toEqual({ text: '2014 and 2021', min: '2014', max: '2021', unit: 'date' });
    // "the 1500s" is a century (its first and last year: "the 1800s" of trafilatura--df9faeb5584aa71b), "the 1900s" may be either: neither
    expect(findNumbers('Maps of the 1500s and the 1900s.', 'en').filter((n) => n.min !== undefined)).toEqual([{ text: '1500s', min: '1500', max: '1599', unit: 'date' }]);
  });

  it('storage, containers and land have their units (trafilatura--606fbaa2b8a9c113, --8937818ce3e1baf3, dev-news German)', () => {
    expect(findNumbers("We're about to get 20 terabytes hard drives.", 'en')).toEqual([{ text: '20 terabytes', value: 20, unit: 'TB' }]);
    expect(findNumbers('Der Hafen schlug 458.000 TEU um.', 'de')).toEqual([{ text: '458.000 TEU', value: 458000, unit: 'TEU' }]);
    expect(findNumbers('Auf 0,2 Hektar Land.', 'de')).toEqual([{ text: '0,2 Hektar', value: 0.2, unit: 'ha' }]);
  });
});

describe('market and business news (development set 2, test/claims/dev-market)', () => {
  it('number words in English and German, with their units: "Seventy-eight percent", "sieben Prozent", "drei Euro", "80 Cent" (aeb--dfd43bc0d46e7aaa, trafilatura--30b6ccf3f0188c8c, --dc0e5a2f6630ef11)', () => {
    expect(findNumbers('Seventy-eight percent of publishers said so.', 'en')).toEqual([{ text: 'Seventy-eight percent', value: 78, unit: '%' }]);
    expect(findNumbers('Geplant ist eine Absenkung der Mehrwertsteuer auf Tickets von 19 auf sieben Prozent.', 'de').at(-1)).toEqual({ text: 'sieben Prozent', value: 7, unit: '%' });
    expect(findNumbers('An die Labels werden gut drei Euro überwiesen, bei den Musikern kämen häufig nur 80 Cent an.', 'de')).toEqual([
      { text: 'drei Euro', value: 3, unit: 'EUR', qualifier: 'gut' },
      { text: '80 Cent', value: 0.8, unit: 'EUR' },
    ]);
  });

  it('a count in words from five up makes a quantity; "two founders" stays an event (aeb--05844573ca7e1fba)', () => {
    const [six] = claimsOf(['Even though it’s an entry-level car, it comes standard with six safety systems including automatic emergency braking and pedestrian detection.']);
    expect(six.type).toBe('quantity');
    const [two] = claimsOf(["To secure a favorable position, Plume's two founders met with the SEC's crypto task force in Washington."]);
    expect(two.type).not.toBe('quantity');
  });

  it('the rest of a quotation closed in a later sentence is the one saying it: "…decisions," Martins said. (aeb--7f93c1944a41d019)', () => {
    const claims = claimsOf(['"Given our findings on problematic use across age groups, legalization efforts should coincide with prevention and treatment. The general public should be informed about both benefits and potential harms of marijuana products to make informed decisions," Martins said.']);
    const second = claimStarting(claims, 'The general public');
    expect(second.sourcing).toBe('named');
  });

  it('"tells The Hollywood Reporter": the one telling, not the one told (aeb--8267acacb9e4a109)', () => {
    const [buser] = claimsOf(['"Stadia has been built from the ground up to be a cloud platform," Jack Buser, director for games at Google, tells The Hollywood Reporter.']);
    expect(buser.speaker).toBe('Jack Buser');
  });

  it('"per" takes the name at once: "revenue per ad … RPM" is no source (aeb--dfd43bc0d46e7aaa)', () => {
    const claims = claimsOf(['In-feed ads earn the highest revenue per ad but generate a lower RPM (Revenue Per Thousand) for publishers since recommendation widgets include multiple ads in the same ad unit.']);
    for (const claim of claims) expect(claim.speaker).toBeUndefined();
    const [coinglass] = claimsOf(['Per CoinGlass, bitcoin futures saw $1.2 billion of liquidations on Monday.']);
    expect(coinglass.speaker).toBe('CoinGlass');
  });

  it('unnamed sources: "reportedly", "according to a study", German "heißt es" (aeb--1ace8c85aaee21b9, aeb--7f93c1944a41d019, trafilatura--dc0e5a2f6630ef11)', () => {
    const [reportedly] = claimsOf(['WeWork is reportedly being investigated by the New York State Attorney General.']);
    expect(reportedly.sourcing).toBe('vague');
    const [study] = claimsOf(['Rates of cannabis use disorder have risen in U.S. states where the drug has been legalized, including among children and teenagers, according to a study.']);
    expect(study.sourcing).toBe('vague');
    const [heisst] = claimsOf(['Von den ungefähr 10 Euro, die ein Spotify-Abonnent im Monat zahlt, behält Spotify typischerweise etwa 30 Prozent ein, heißt es.'], 'de');
    expect(heisst.sourcing).toBe('vague');
  });

  it('German: "Flixbus-Manager Stenger" is Stenger, "sagte Allendorf der Frankfurter Allgemeinen Zeitung" is Allendorf, "laut der Mitteilung" no speaker (trafilatura--30b6ccf3f0188c8c, --dc0e5a2f6630ef11)', () => {
    const stenger = claimsOf([
      'Fabian Stenger, Deutschland-Chef von Flixbus, fordert faire Bedingungen.',
      'Es sei nicht zu verstehen, warum Passagiere in Taxis oder dem ICE sieben Prozent Mehrwertsteuer zahlen sollten, im Fernbus aber 19 Prozent, sagt Flixbus-Manager Stenger.',
    ], 'de');
    expect(claimStarting(stenger, 'Es sei').speaker).toBe('Fabian Stenger');
    const allendorf = claimsOf([
      'Gaby Allendorf ist Sprecherin der Initiative.',
      '„Die Liste der Künstler, die die Initiative unterstützen, wird aber immer länger“, sagte Allendorf der Frankfurter Allgemeinen Zeitung.',
    ], 'de');
    expect(claimStarting(allendorf, '„Die Liste').speaker).toBe('Gaby Allendorf');
    const [mitteilung] = claimsOf(['Manager, Musikverlage und Anwälte von Musikern wie Helene Fischer und Herbert Grönemeyer unterstützen laut der Mitteilung die Initiative.'], 'de');
    expect(mitteilung.speaker).toBeUndefined();
  });

  it('"according to the report" points to a report the article named; "nach Informationen der Süddeutschen Zeitung" names its source (aeb--b0cf2bbf0192315e, trafilatura--30b6ccf3f0188c8c)', () => {
    const [report] = claimsOf(['A further 17 manufacturers, according to the report, had production operations ranging from 30-600 MW.']);
    expect(report.sourcing).toBe('named');
    const [sz] = claimsOf(['Doch nach Informationen der Süddeutschen Zeitung sehen das private Bahn-Konkurrenten ganz anders als die Deutsche Bahn.'], 'de');
    expect(sz.sourcing).toBe('named');
    const [branche] = claimsOf(['An die Labels als Rechteinhaber werden nach Brancheninformationen gut drei Euro überwiesen.'], 'de');
    expect(branche.sourcing).toBe('vague');
  });

  it('"Analysts said" names a group, not a source: vague (Readability test page nytimes-1, seen in the look at real pages)', () => {
    const [analysts] = claimsOf(['Analysts said good relations with Sudan could strengthen moderate voices within the country and give the Sudanese government incentives to refrain from the brutal tactics that have defined it for decades.']);
    expect([analysts.sourcing, analysts.speaker]).toEqual(['vague', undefined]);
  });

  it('a name in a clause of time is not shown, though what it reported is sourced: "after Bloomberg reported" (aeb--1ace8c85aaee21b9)', () => {
    const [bloomberg] = claimsOf(['This comes less than a week after Bloomberg reported WeWork is the subject of a U.S. Securities and Exchange Commission inquiry into potential rule violations related to its cancelled IPO.']);
    expect(bloomberg.speaker).toBeUndefined();
    expect(bloomberg.sourcing).toBe('named');
  });
});
