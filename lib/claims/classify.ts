// Is a sentence a check-worthy claim, and of which type: quote, prediction, legal, causal, quantity,
// event (the first that applies, in that order — see docs/claims-labelling.md).
import type { NumberMention } from './numbers.ts';

export type ClaimType = 'quantity' | 'event' | 'quote' | 'prediction' | 'causal' | 'legal';

export interface SentenceFeatures {
  text: string;
  numbers: NumberMention[];
  assets: string[];
  speaker?: string;
  /** Spoken in a transcript turn. */
  spoken: boolean;
  vague: boolean;
}

const QUOTED = /["“][^"”]{12,}["”]/;
const OPENS_QUOTE = /^["“]/;

/** A pick in a predictions segment, or a stated expectation: "I choose copper", "my pick is Amazon", "I predict 4.6%". */
const PICK = /\b(?:I(?:['’]m| am)? (?:choose|choosing|pick|picking|predict|going with)|my (?:pick|choice|prediction|contrarian (?:view|prediction)) is|the (?:first|second) is|more likely to|is likely|are likely|not unrealistic|irreversible)\b/i;

/** Recounting what was predicted before is a report, not a forecast. */
const PAST_FORECAST = /\b(?:last year|last year['’]s|did indeed|as it turned out|which (?:indeed )?happened|has proven|proved|announced plans)\b/i;

const PREDICTION = /\b(?:will|won['’]t|would likely|(?:is|are|appears?|seems?) (?:set|poised|expected|likely|about) to|expects?|expected|forecasts?|predicts?|predicted|prediction|projected|projects (?:that|a|an|the)|targets?|targeting|plans? to|planning to|intends? to|aims? to|seeks? to|seeking to|is attempting to|could (?:reach|hit|trigger|see|become|fall|rise|drop|escalate|influence|transmit|exacerbate|make|lead)|the (?:probability|odds|chances?) of|can make|may become|might|on track to|by (?:20\d\d|the end of)|next (?:year|quarter|month|week)|in the coming|upcoming|outlook)\b/i;

/** Law itself: statutes, courts, rules and their enforcement (a regulator merely named is not enough). */
const LEGAL = /\b(?:law|laws|legal|illegal|unlawful|court|courts|judge|jury|trial|sentenced|convicted|conviction|lawsuit|sued|charged|indicted|regulations?|regulatory (?:requirements|framework|approval|guidance|environment|crackdowns?)|regulated|compliance|comply|prohibit(?:ed|s)?|ban(?:ned|s)?|bill|bills|legislation|statute|licen[cs]e[ds]?|approval|approved|enforcement|sanction(?:s|ed)?|securities laws?|prosecut\w*|money laundering|tax(?:es)?|provision)\b/i;

const CAUSAL = /\b(?:because|due to|as a result|result(?:ed|s)? in|resulted|led to|leads to|leading to|caused|causes|causing|caused by|triggered|triggers|trigger|driven by|drove|thanks to|owing to|fueled by|fuelled by|in response to|amid|so that|therefore|consequently|traced back to|linked to|sending|allowed|allowing|enabled|enabling|making it|exposing|partly because|in part because|which (?:sent|pushed|drove))\b/i;

const EVENT = /\b(?:(?:was|were|is|are|has been|have been|had been) (?:\w+ly )?\w+ed|presented|wanted|revealed|emerged|includes?|included|occurred|occurs?|concentrated|provided|operated|operates|existed|exists|participated|gathered|documented|witnessed|invited|passed away|halted|abandoned|plundered|vanished|lobbying|attempting|seeking|announced|launched|introduced|established|founded|raised|filed|acquired|joined|appointed|resigned|fell|rose|dropped|plummeted|plunged|surged|soared|jumped|climbed|declined|crashed|collapsed|liquidated|lost|gained|reached|hit|met|signed|approved|rejected|hired|invested|bought|sold|purchased|issued|listed|delisted|suspended|released|published|reported|posted|won|disclosed|revealed|held|hosted|became|moved|added|removed|cut|increased|decreased|doubled|halved|went|took|made|spent|paid|borrowed|lent|hoarded|accumulated|created|built|appeared|arrived|spoke|attended|visited|ended|began|started|opened|closed|expanded|dubbed|declined to comment|has (?:been|become|risen|fallen|grown|launched|announced)|have (?:been|become|risen|fallen|grown|launched|announced|emerged))\b/i;

/** Opinion and reader address with no factual core. */
const NOT_A_CLAIM_START = /^(?:imagine|think about|think of|consider|picture|let['’]s|let us|take a look|look at|just look|here is|here are|below is|as we|in short|in other words|for example,? (?:imagine|think)|don['’]t|do not|remember|note that|so,|now,)\b/i;
const PURE_OPINION = /^(?:i (?:think|believe|feel|hope|guess|suppose|sincerely hope|agree|admit)|personally|in my (?:view|opinion)|it seems|it['’]s safe to say|the choice is clear)\b/i;

/** A capitalised word that is not the first of the sentence: a named person, company or place. */
const NAMED_ENTITY = /(?<=\S\s)(?:[A-Z][\p{L}]+|[A-Z]{2,})/u;

/** Sentences that address the reader ("you might need…", "we're seeing…") are not reports. */
const ADDRESSES_READER = /^(?:we|our|us)\b|\byou(?:r|['’]re|['’]ll|['’]ve)?\b/i;

/** What ought to be, not what is: advocacy ("regulators must choose", "laws must follow"). */
const NORMATIVE = /\b(?:must|should|ought to|needs? to|it['’]s (?:high )?time|would (?:restore|strengthen|show|help|be))\b/i;

/** A report of something done or under way (past, perfect, progressive), unlike a general truth. */
const REPORTED = /\b(?:has|have|had|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|un|ung|ought|aught|ade|ood|ent|et|it)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:also\s+)?\w+ing\b|\b(?:announced|launched|emerged|plummeted|surged|fell|rose|dropped|declined|met|joined|raised|filed|revealed|presented|wanted|established|convicted|suspended|appeared|arrived|introduced|provided|invited|removed|participated|gathered|documented|witnessed|existed|halted|abandoned|took|made|lost|gained|reached|became|went|said|told)\b/i;

function isPrediction(text: string): boolean {
  return PICK.test(text) || (PREDICTION.test(text) && !PAST_FORECAST.test(text));
}

export function isClaim(f: SentenceFeatures): boolean {
  const text = f.text.trim();
  const words = text.split(/\s+/).length;
  if (/\?["”’)]*$/.test(text)) return false;
  // A pick in a transcript is short: "I choose copper.", "I predict 4.6%."
  if (f.spoken && words >= 3 && (PICK.test(text) || f.numbers.length > 0)) return true;
  // A named person's quotation is a claim even when short ("This worries me greatly.").
  if (f.speaker && !f.spoken && OPENS_QUOTE.test(text) && words >= 3) return true;
  if (words < 5 || NOT_A_CLAIM_START.test(text)) return false;
  const figures = f.numbers.filter((n) => n.unit !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(String(n.value)));
  if (PURE_OPINION.test(text) && figures.length === 0 && !isPrediction(text)) return false;
  if (figures.length > 0) return true;
  if (f.speaker && !f.spoken && QUOTED.test(text)) return true;
  if (f.vague) return true;
  if (f.spoken) return isPrediction(text) || LEGAL.test(text) || CAUSAL.test(text) || EVENT.test(text);
  if (f.speaker) return true;
  if (ADDRESSES_READER.test(text) || NORMATIVE.test(text)) return false;
  // Without a name in it, only a report of something that happened or is under way is checkable.
  const named = NAMED_ENTITY.test(text) || f.assets.length > 0;
  if (!named && !REPORTED.test(text)) return false;
  return isPrediction(text) || LEGAL.test(text) || CAUSAL.test(text) || EVENT.test(text);
}

export function claimType(f: SentenceFeatures): ClaimType {
  const text = f.text;
  // A quotation of someone named; quotation marks without a speaker are scare quotes.
  if (!f.spoken && f.speaker && (QUOTED.test(text) || OPENS_QUOTE.test(text))) return 'quote';
  if (isPrediction(text)) return 'prediction';
  if (LEGAL.test(text)) return 'legal';
  if (CAUSAL.test(text)) return 'causal';
  // A figure written in digits (or a share) makes a quantity; "three companies" is still an event.
  if (f.numbers.some((n) => n.unit !== 'date' && (/\d/.test(n.text) || n.unit === '%'))) return 'quantity';
  if (f.spoken && !EVENT.test(text)) return 'quote';
  return 'event';
}
