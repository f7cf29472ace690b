// The words that tell a claim's type (docs/claims-labelling.md): one entry a line, with why it is there.
// Ordinary news English (and German where the panel reads German), nothing taken from one article:
// phrases that occurred in a single corpus file ("plundered", "hoarded", "irreversible", "the choice is
// clear", "going with", "the first is") were removed in issue 9.
import { escapeRegExp } from './escape-regexp.ts';

/** About the future: the claim is a forecast. */
export const PREDICTION_CUES = [
  'will', "won't", 'won’t', // the future tense
  'expecting', 'anticipate', 'anticipates', 'was set to', 'were set to', 'about to', 'is to be', 'are to be', // plans and expectations
  'rechnet mit', 'rechnen mit', 'würden', // German: expects, would
  'rechnet', 'rechnen', 'gerechnet', // German "rechnen mit", its parts apart: "rechnet Lyft mit einem Umsatzplus", "hatten mit einem Minus gerechnet"
  'is set to', 'are set to', 'slated to', 'scheduled to', 'poised to', 'is expected to', 'are expected to', 'is likely to', 'are likely to', 'is about to',
  'appears set to', 'seems set to',
  'expects', 'expect', 'expected', // "analysts expect"
  'forecast', 'forecasts', 'forecasting',
  'predicts', 'predicted', 'prediction', 'predict',
  'projected', 'projects that', 'projection',
  'price target', // ("target" of a figure: TARGET_FIGURE in classify.ts; the noun alone is something aimed at)
  'plans to', 'planning to', 'intends to', 'aims to', 'seeks to', 'seeking to', 'preparing to', 'gearing up to', // (not "plan to": mostly the noun, "a plan to convert a building")
  'could reach', 'could hit', 'could see', 'could fall', 'could rise', 'could drop', 'could climb', 'could trigger', 'could lead', // conditional outcomes
  'may reach', 'may fall', 'may rise', 'might reach', 'might fall', 'might rise', // ("might" alone is mostly reported or past: "suggesting he might leave")
  'could', 'likely to', 'may become', 'may face', // conditional outcomes ("could" of any verb; "may" alone is also a month)
  'the probability of', 'the odds of', 'the chance of', 'the chances of',
  'on track to',
  'by the end of', // a deadline ahead ("by 2030", "bis 2030": DEADLINE_AHEAD in classify.ts)
  'next year', 'next quarter', 'next month', 'next week',
  'in the coming', 'outlook', // (not "upcoming": an adjective of things planned, "an upcoming documentary")
  'plant', 'planen', 'geplant', 'befürchten', 'befürchtet', 'fürchten', 'in den nächsten', 'für die nächsten', 'in den kommenden', // German: plans, fears, the years ahead
  'looking ahead', 'paves the way', // English: the outlook
  'am kommenden', 'kommende woche', 'kommenden woche', 'nächste woche', 'nächsten woche', 'nächstes jahr', 'im nächsten jahr', 'kommendes jahr', 'im kommenden jahr', // German: next week, next year (not "am nächsten Tag": the day after, told of the past)
  'geht davon aus', 'gehen davon aus', // German: expects ("Die Behörde geht davon aus, dass …")
  'wollen', 'strebt', 'streben', 'angestrebt', 'droht', 'drohen', // German: wants, aims, threatens (the German future with "wird": GERMAN_FUTURE in classify.ts)
  'soll', 'sollen', 'solle', 'erwartet', 'prognostiziert', 'prognostizieren', 'rechnet mit', 'voraussichtlich', 'künftig', 'könnte', 'könnten', 'dürfte', 'dürften', 'vermutlich', 'würde', 'würden', // German ("wird"/"werden" also make the passive: not a sign)
] as const;

/**
 * A future reported from the past: "said lawmakers would take action" ("would have" is a past unreal:
 * PAST_FORECAST_CUES). Not a forecast after an announcement, which is the news itself ("announced it
 * would join the board": see ANNOUNCED_PLAN in classify.ts).
 */
export const REPORTED_FUTURE_CUES = ['would likely', 'would'] as const;

/** Recounting a forecast made before is a report of it, not a forecast. */
export const PAST_FORECAST_CUES = [
  'last year', "last year's", 'last year’s', 'as expected', 'had expected', 'had predicted', 'had forecast', // a forecast recounted
  'would have', 'might have', 'could have', // a past unreal
  'was slated to', 'were slated to', 'was scheduled to', 'were scheduled to', 'was preparing to', 'were preparing to', // a plan of the past
  'would typically', 'would often', 'would usually', 'would normally', 'typically would', 'usually would', 'often would', // habits in the past ("as they typically would")
  'could not', "couldn't", 'couldn’t', // an ability denied, in the past ("said they could not fulfil the order"): never labelled a forecast on the development sets
  'announced plans to', 'announced a plan to', 'announced its plan to', 'unveiled plans to', 'unveiled a plan to', // a plan announced: the news is the announcement
] as const;

/** Law itself: statutes, courts, rules and their enforcement (a regulator merely named is not enough). */
export const LEGAL_TERMS = [
  'law', 'laws', 'legal', 'illegal', 'unlawful', 'legislation', 'statute', 'bill', // statutes
  'court', 'courts', 'judge', 'jury', 'trial', 'verdict', 'ruling', 'ruled', // courts
  'sentenced', 'convicted', 'conviction', 'lawsuit', 'sued', 'charged', 'charges', 'indicted', 'pleaded guilty', 'settlement', 'settle', 'settled', 'prosecutors', 'prosecution', 'prosecuted',
  'regulation', 'regulations', 'regulatory approval', 'regulatory framework', 'regulatory guidance', 'regulated', 'regulator', 'regulators',
  'compliance', 'comply', 'prohibit', 'prohibited', 'prohibits', 'ban', 'banned', 'bans',
  'license', 'licence', 'licensed', 'licenced',
  'approval', 'approved', // a regulator's decision
  'enforcement', 'sanction', 'sanctions', 'sanctioned',
  'securities law', 'securities laws', 'money laundering', 'fraud', 'subpoena', 'investigation', 'probe',
  'sentencing', 'arrested', 'fines', 'penalties', 'legally', // punishment and legal duty
  'in prison', 'to prison', 'from prison', 'in jail', 'to jail', 'from jail', 'prison term', 'jail term', 'prison sentence', 'jail sentence', 'behind bars', // prison as punishment (not "prison officials", "his jail cell")
  'investigating', 'investigated', 'extradition', 'extradited', 'indictment', 'petition', 'permitted', 'constitutional', // inquiries, courts, rules
  // (taxes and tariffs are policy and figures, typed by what the sentence says of them, not as legal)
  'self-dealing', 'Regeln', 'angeordnet', // rules and orders (not "inquiry": mostly political, "the impeachment inquiry")
  'crackdown', 'crackdowns', 'bankrupt', 'bankruptcy', 'insolvent', 'insolvency', // enforcement and insolvency
  'Gesetz', 'Gericht', 'Klage', 'Verbot', 'Regulierung', 'Aufsicht', 'Insolvenz', 'Insolvenzantrag', 'Steuer', 'in Kraft', // German (compounds ending in a law or a court: GERMAN_LEGAL_COMPOUND in classify.ts)
  'zulässig', 'unzulässig', 'rechtswidrig', 'strafbar', 'gesetzlich', 'gesetzliche', 'gesetzlichen', 'Rechtsprechung', 'BGB', 'StGB', // German: what the law allows, and its codes (a "§" cited: classify.ts)
  'Verordnung', 'Richtlinie', 'erlaubt', 'verboten', 'Ordnungswidrigkeit', 'Bußgeld', // German: regulations, what is allowed and forbidden, fines (not lawyers: English "lawyer" is no law either)
  'Haft', 'Untersuchungshaft', 'U-Haft', 'Haftstrafe', 'Gefängnis', 'Anklage', 'angeklagt', 'verurteilt', 'Urteil', 'Staatsanwaltschaft', 'festgenommen', 'Festnahme', 'Ermittlungen', 'Strafverfahren', 'Ermittlungsverfahren', 'zur Last gelegt', // German: criminal justice, custody to sentence (not "ermittelt" alone: also a figure found, "wurde ermittelt, dass 30 Prozent …"; with the offence, "ermittelt wegen", in classify.ts)
  'courtroom', // ("after years of courtroom battles"; not "custody": in crypto mostly the keeping of assets, "the custody process for crypto assets")
] as const;

/**
 * Everyday phrases made of a legal word that are not about law: a free trial ("the free weeklong trial",
 * "a 30-day trial"), trial and error, clinical trials, a licence plate, "the jury is still out", an approval rating.
 */
export const LEGAL_LOOKALIKES: readonly RegExp[] = [
  /\b(?:free|weeklong|week-long|monthlong|month-long|\d+-day|\d+-month)\s+(?:[\p{L}-]+\s+)?trials?\b/iu,
  /\btrials? (?:and error|periods?|versions?|subscriptions?)\b/i,
  /\bclinical trials?\b/i,
  /\blicen[cs]e plates?\b/i,
  /\bjury is (?:still )?out\b/i,
  /\bapproval (?:ratings?|rates?|numbers)\b/i, // a politician's standing in polls
  /\b(?:on|off|onto|left|leave|leaves|leaving)[- ]the[- ]court\b|\b(?:basketball|tennis|hard|clay|grass|indoor|outdoor|squash|volleyball|badminton)[- ]courts?\b/i, // the court games are played on ("left the court in the second quarter")
];

/** One thing caused or led to another. */
export const CAUSAL_CUES = [
  'because', 'because of', 'due to', 'as a result', 'result in', 'resulted in', 'results in',
  'led to', 'leads to', 'leading to', 'caused', 'causes', 'causing', 'caused by',
  'triggered', 'triggers', 'driven by', 'drove', 'thanks to', 'owing to', 'fueled by', 'fuelled by',
  'in response to', 'therefore', 'consequently', 'linked to', 'attributed to',
  'trigger', 'allowed', 'allowing', 'enabled', 'enabling', 'meaning that', 'so that', // enabling and consequence
  'forcing', 'forced', 'harming', 'hurt', 'hurting', 'affect', 'affects', 'impact', 'impacts', 'contributes to', 'contributed to', // one thing acting on another
  'which pushed', 'which drove', 'sending',
  'eroded', 'eroding', 'exacerbated', 'exacerbating', 'prolonged', 'prompted', 'prompting', 'precipitated', 'weighing on', 'weighs on', 'weighed on', // one thing acting on another, in the past
  'boosted', 'strengthened', 'harmed', 'damaged', 'made it harder', 'made it easier', 'responds to', 'in the wake of',
  'the reason', 'reason for', 'reasons for', 'powered', // reasons given and drivers
  'has complicated', 'have complicated', 'had complicated', 'complicating', 'complicates', 'hit by', 'affected by', 'spurred', 'spurring', 'sparked', 'sparking', 'fueled', 'fuelled', 'fueling', 'fuelling', 'undermined', 'undermining', // one thing acting on another
  'attribute', 'attributes', 'responsible for', 'a symptom of', 'stems from', 'stemmed from', 'blamed on', 'toll on', 'hindering', 'hindered', // a cause named ("attribute this rise to…", "have taken their toll on officers")
  'betroffen', 'zurückzuführen', 'ausgelöst', 'führte zu', 'führt zu', // German: affected by, owed to, set off, led to
  'dazu geführt', 'dazu führen', 'dazu führt', 'aufgrund', 'infolge', // German: has led to it, owing to, as a result of
  'verantwortlich für', 'beiträgt', 'beigetragen', 'sorgt dafür', 'sorgen dafür', 'sorgte dafür', // German: responsible for, contributes, sees to it that
  'weil', 'wegen', 'aufgrund', 'infolge', 'dank', 'angesichts', 'Anlass', 'Gründe', 'maßgeblich für', // German
  'the result of', 'a result of', // "It is the result of a 25-year partnership"
  'Grund ist', 'Grund dafür', 'Grund für', 'Gründe dafür', // German: the reason (as "the reason" above; not "Grund" alone, also land: "Grund und Boden")
] as const;

/** Verbs of something that happened: announcements, deals, market moves, appointments. */
export const EVENT_VERBS = [
  'announced', 'launched', 'introduced', 'unveiled', 'released', 'published', 'reported', 'posted', 'disclosed', 'revealed', 'confirmed', // statements and releases
  'established', 'founded', 'raised', 'filed', 'acquired', 'merged', 'bought', 'sold', 'purchased', 'invested', 'issued', 'listed', 'delisted', // deals
  'joined', 'appointed', 'hired', 'resigned', 'fired', 'named', 'elected', 'testified', 'pleaded', // people
  'fell', 'rose', 'dropped', 'plunged', 'plummeted', 'surged', 'soared', 'jumped', 'climbed', 'declined', 'slipped', 'gained', 'lost', 'crashed', 'collapsed', 'rallied', 'tumbled', // market moves
  'reached', 'hit', 'doubled', 'halved', 'increased', 'decreased', 'grew', 'shrank', 'cut', 'added', 'removed', 'expanded',
  'met', 'signed', 'approved', 'rejected', 'suspended', 'halted', 'paused', 'ended', 'began', 'started', 'opened', 'closed',
  'won', 'received', 'held', 'hosted', 'became', 'moved', 'took', 'made', 'spent', 'paid', 'borrowed', 'lent', 'accumulated', 'created', 'built',
  'liquidated', 'hacked', 'stolen', 'exploited', 'drained', 'froze', 'frozen', // crypto incidents
  'went live', 'took effect', 'came into force', 'rolled out', 'debuted', 'activated', 'deployed', 'completed', 'minted', 'burned', 'unlocked', // launches, upgrades and token supply
  'includes', 'included', 'provided', 'operates', 'operated', 'occurred', 'emerged', 'appeared', 'arrived', 'attended', 'visited', 'witnessed', 'documented',
  'hurt', 'lifted', 'lowered', 'affected', 'affecting', 'imposed', 'avoided', 'touted', 'cited', 'found', 'offered', 'concluded', 'showed', 'shown', 'denied', 'agreed', 'failed', 'managed', 'employs', 'employed', 'owns', 'owned', 'controls', 'controlled', // changes and findings
  'gab bekannt', 'kündigte', 'meldete', 'stieg', 'fiel', 'sank', 'übernahm', 'kaufte', 'verkaufte', 'startete', 'erreichte', // German
  'fordert', 'fordern', 'forderte', 'forderten', 'kritisiert', 'kritisierte', 'warnt', 'warnte', 'fürchtet', 'fürchten', 'plant', 'plante', 'planen', // German: demands, warnings, plans
  'bietet', 'bot', 'eröffnet', 'eröffnete', 'schließt', 'schloss', 'investiert', 'investierte', 'beschließt', 'beschloss', 'verkündet', 'verkündete', // German: offers, openings, decisions
  'erhöht', 'erhöhte', 'senkt', 'senkte', 'streicht', 'strich', 'entlässt', 'entließ', 'einigten', 'vorgestellt', 'vorgeschlagen', 'angeordnet', // German: changes and announcements
] as const;

/** Sentences that open like this address the reader or signpost; they state nothing checkable. */
export const NOT_A_CLAIM_STARTS = [
  'imagine', 'think about', 'think of', 'consider', 'picture', "let's", 'let’s', 'let us', // addressing the reader
  'take a look', 'look at', 'just look', 'here is', 'here are', 'below is', 'as we', // signposts
  'in short', 'in other words', "don't", 'don’t', 'do not', 'remember', 'note that', 'so,', 'now,',
  'click', 'subscribe', 'sign up', 'read more', 'follow us', 'listen to', 'now you can', // calls to action
] as const;

/**
 * German news reports in the present tense ("Shanghai Electric baut in Dubai…", "Der Datensatz liegt dem
 * NDR vor"), and capitalises every noun, so neither the English tense tests nor a capital letter tell a
 * report from a general remark. A German statement is taken as a claim when it names someone as German
 * writes names (GERMAN_NAMED: a bare name as the subject, or a short form such as "NDR", "EnBW"), unless
 * it is one of these: addressed to the reader, in the first person outside a quotation, hypothetical or
 * normative, a general remark opened by "wer"/"was"/"ob"/"jeder", a subordinate clause alone ("Nachdem
 * sie … hatte."), or a signpost. (Any German statement, named or not, was right 0.74 of the time on the
 * development sets: below the precision the claims keep; with a name so written, 0.88.)
 */
export const GERMAN_NOT_A_STATEMENT = {
  reader: /\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b|(?<!^)\bSie\b|\b(?:Ihr|Ihre|Ihren|Ihrem)\b(?!\s+\p{Lu}\p{Ll}*\s)/u,
  firstPerson: /\b(?:ich|mir|mich|mein\w*|wir|uns|unser\w*)\b/iu,
  hypothetical: /\b(?:wäre|wären|sollte|sollten|müssen|muss|kann man|könnte man|man sollte)\b/u,
  opener: /^(?:>>>|[₀-₉*[]|PS\b|Tipp\b|Hier\b|Dann\b|Wer\b|Was\b|Ob\b|Woher\b|Wie\b|Warum\b|Somit\b|Zunächst\b|Fazit\b|Jeder\b|Ganz gleich\b|(?:Nachdem|Weil|Obwohl|Wenn|Falls|Dass)\b(?!.*,))/u,
  link: /https?:|abrufbar/u,
};
/**
 * A name in a German sentence: a name of two or three words opening it as the subject of a verb
 * ("Shanghai Electric baut…", "Jan-Lennard Struff testete…"; not an article's noun, "Die Bahn-Konkurrenz
 * ist…"; one word may be any noun or adverb, "Hafer ist…", "Oft färbt…"), or a short form or inner
 * capital after its first word ("dem NDR", "die EnBW").
 */
export const GERMAN_NAMED = {
  subject: /^(?!(?:Der|Die|Das|Den|Dem|Ein|Eine|Diese|Dieser|Dieses|Solche|Alle|Einige|Viele|Manche|Beide|Jede|Jeder|Keine|Mehrere|Weitere|Andere|Neue|Erste|Unsere|Ihre|Seine)\b)\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){1,2}\s\p{Ll}+(?:t|en|te|ten)\b/u,
  shortForm: /(?<=\S\s)(?:[A-ZÄÖÜ]{2,}|[a-zäöü]*[A-ZÄÖÜ][a-zäöü]+[A-ZÄÖÜ]\w*)\b/,
};
/** A German statement has at least this many words: "Übrig bleibt ein feines Pulver." is a detail. */
export const GERMAN_STATEMENT_MIN_WORDS = 6;

/** A personal view with nothing checkable in it. */
export const OPINION_STARTS = [
  'i think', 'i believe', 'i feel', 'i hope', 'i guess', 'i suppose', 'i agree', 'i admit', 'personally', 'in my view', 'in my opinion', 'it seems', "it's safe to say", 'it’s safe to say',
] as const;

/** What ought to be, not what is: advocacy. */
export const NORMATIVE_CUES = ['must', 'should', 'ought to', 'need to', 'needs to', "it's time", 'it’s time', "it's high time", 'it’s high time'] as const;

/** Lines that are never claims, whatever figures they hold: disclaimers and notices (written for the i flag alone, as ANY_NOTICE joins them: no \p{…} classes). */
export const NOTICE_PATTERNS: readonly RegExp[] = [
  /\b(?:not|nor) (?:intended as |to be (?:construed|taken) as |constitute |be considered )?(?:financial|investment|legal|tax) advice\b/i, // the investment disclaimer
  /\bfor (?:informational|information|educational) purposes only\b/i,
  /\bdo your own research\b|\bDYOR\b/,
  /^(?:disclaimer|disclosure|editor['’]s note|note|correction|update|updated|posted|published)(?:\s+on)?\s*[:—-]/i, // (also "Updated on: November 19, 2019 / 10:07 AM / CBS News")
  /\bmay not be (?:published|reproduced|republished|redistributed|copied)\b/i, // the agencies' copyright line ("This material may not be published, broadcast, rewritten, or redistributed.")
  /\b(?:all rights reserved|copyright ©|©\s?\d{4})/i,
  /\bkeine (?:Anlage|Finanz)beratung\b/i, // German disclaimer
  /https?:\/\/|\bwww\.\w/i, // a reference or a link written out: a source list, not a claim
  /^(?:[₀-₉¹²³⁴-⁹]+|\[\d{1,3}\])\s/, // a footnote line ("₄ FAO (2012): …", "[12] …")
  /^(?:[+*#•·]+\s*)?(?:foto|fotos|bild|bildquelle|photo|photos|image|picture|credit|credits)\s*:/i, // an image credit ("Foto: president.gov.ua, via Wikimedia Commons", "+++ Credits: Titelbild …")
  /\bCC[ -]BY(?:[ -](?:SA|ND|NC))*[ -]\d\.\d\b|\bvia Wikimedia Commons\b/i, // a picture's licence ("Lizenz: CC BY 4.0")
  /\bcontributed (?:reporting|to this report)\b/i, // the credit line of a report ("Keith Bradsher contributed reporting from Hong Kong.")
  /^(?:correction|clarification)s?\b[^:]{0,40}:/i, // a correction note ("Correction added Nov. 18, 2019: The caption below …")
  /^(?:termin|ort|datum|uhrzeit|anmeldung|kontakt|date|time|venue|location)\s*:/i, // an event's details, one a line ("Termin: Montag, 15. November 2021 um 10.30 Uhr")
];

/**
 * Notices read only of a line that passes their cheap gate (joined into ANY_NOTICE they would slow every
 * sentence's test): a word the line must have (as wordsOf reads it), or a quick regex.
 */
export const GATED_NOTICES: readonly { words?: readonly string[]; gate?: RegExp; pattern: RegExp }[] = [
  // a syndication line: "This article has been adapted from its original source."
  { words: ['adapted', 'republished', 'reprinted', 'originally'], pattern: /\b(?:adapted|republished|reprinted) (?:from|with|on|in|by)\b|\boriginally (?:appeared|published)\b/i }, // ("This article was reprinted on Wired.com.")
  // the reader addressed politely, "Sie" and "Ihr": "Überprüfen Sie Ihr Wissen – mit 15 Fragen auf silicon.de."
  { words: ['ihr', 'ihre', 'ihren', 'ihrem'], pattern: /^[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|eln) Sie (?:[a-zäöüß]+ )?Ihr/ },
  // the German publisher's disclaimer: "Verantwortlich für den Inhalt sind nur die … Herausgeber"
  { words: ['inhalt'], pattern: /\b(?:verantwortlich )?für den inhalt\b/i },
  // a teaser cut inside a word, on a line ending in an ellipsis: "…Gemeinsa... weiter..." (not "…verbrauchen.... weiter...")
  { gate: /(?:\.{3}|…)$/, pattern: /[^\s.…](?:\.{3}(?!\.)|…)\s*(?:weiter|mehr|more|read more)\s*(?:\.{3}|…)\s*$/i },
  // the opinion page's disclaimer: "The views and opinions expressed in the article do not necessarily reflect those of Sputnik."
  { words: ['necessarily', 'unbedingt', 'notwendigerweise'], pattern: /\b(?:do|does) not necessarily (?:reflect|represent)\b|\bnicht (?:unbedingt|notwendigerweise) (?:die )?(?:Meinung|Ansicht|Position)\b/i },
  // the page's count of readers' comments: "Dieser Artikel hat 32 Kommentare.", "This article has 14 comments." (not "drew 300 comments from regulators")
  { words: ['kommentare', 'comments'], pattern: /^(?:dieser artikel|dieser beitrag|this (?:article|story|post)) (?:hat|has) \d+ (?:kommentare|comments)\.?$/i },
  // a postal address: "Angewandte Chemie, Postfach 101161, 69451 Weinheim, Germany.", "P.O. Box 1234"
  { words: ['postfach', 'box'], pattern: /\bPostfach\s+\d+|\bP\.?\s?O\.?\s+Box\s+\d+/i },
  // a box score's line, a team and its points by period: "Rockledge 14 11 6 15 — 44"
  { gate: /\d\s+\d+\s+\d/, pattern: /^\p{Lu}[\p{L}.'’ -]{0,40}?(?:\s+\d{1,3}){3,}(?:\s*[—–-]\s*\d{1,3})?\.?$/u },
  // the writer's address: "Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com.", "Sie erreichen die Autorin unter …"
  { words: ['reached', 'contacted', 'reach', 'contact', 'email', 'e-mail', 'erreichbar', 'erreichen'], pattern: /\b(?:can|may) be (?:reached|contacted) (?:at|via|by|on)\b|\b(?:reach|contact|email|e-mail) (?:him|her|them|me|us|the (?:reporter|author|writer)) (?:at|via)\b|\b(?:ist|sind) erreichbar unter\b|\berreichen (?:Sie )?(?:den Autor|die Autorin|die Redaktion|uns) unter\b/i },
  // a row of tabs or links, on a line with bars: "Aktuell | 30 Tage | 3 Monate | 6 Monate"; not a table's row of figures ("Rohbenzin | 10,72 Mio. t | 15,7 %")
  { gate: /\|/, pattern: /^(?!.*(?:%|\bmio\b|\bmrd\b|€|\$|\d[.,]\d))(?:[^|]*\s\|\s){3}/i },
];

/**
 * An entry of a list of references, cited and not claimed, read as a whole block: Wikipedia's "^ Lardinois,
 * Frederic (November 15, 2012). "Mozilla Releases Annual Report…". techcrunch.com.", or any entry with the
 * date it was retrieved or archived ("Retrieved 2012-05-10.", "Archived from the original on …", "Abgerufen am
 * 3. März 2021"), a journal's volume and pages ("In: Wirtschaftsdienst, 92. Jahrgang, Heft 10, Oktober 2012,
 * S.692-698."), or its authors first and its year last ("Quaas, Georg/Klein, Mathias: Multiplikatoren der
 * deutschen Volkswirtschaft. Berlin 2012.").
 */
export const CITATION_ENTRY = /^\^\s|\b(?:Retrieved|Accessed)(?:\s+on)?\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4})\b|\bArchived from the original\b|\b[Aa]bgerufen am\s+\d{1,2}\.\s?(?:\d{1,2}\.|\p{Lu}\p{Ll}+)\s?\d{4}\b|\bIn:\s[^.]{1,80},\s(?:\d{1,3}\.\s?Jahrgang|Jg\.|Vol\.|Heft|Nr\.|No\.)\s?[^.]{0,60}\b(?:S\.|pp?\.)\s?\d+(?:[-–]\d+)?\.?$|^\p{Lu}[\p{L}-]+,\s\p{Lu}[\p{L}-]+(?:\/\p{Lu}[\p{L}-]+,\s\p{Lu}[\p{L}-]+)*:\s.{3,300}?[.?!]\s.{1,120}(?:\d{4}|S\.\s?\d+(?:[-–]\d+)?)\.$/u;

/** The notice patterns as one regex, one scan a sentence; case-insensitive throughout ("dyor" as "DYOR"). */
export const ANY_NOTICE = new RegExp(NOTICE_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/** The words of a text as the phrase tables compare them: lower case, ’ as ', hyphens and apostrophes kept inside words. */
export function wordsOf(text: string): readonly string[] {
  const known = recent.get(text);
  if (known) return known;
  const lower = text.toLowerCase();
  const words: readonly string[] = (lower.includes('’') ? lower.replace(/’/g, "'") : lower).match(WORD) ?? [];
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
  recent.set(text, words);
  return words;
}
/**
 * The words of the texts last read: a sentence is read by the attribution and the classifier one after
 * the other, in slightly different forms (with and without its hashtags); the same words array each time
 * also lets PhraseIndex.found answer from its own memory.
 */
const RECENT_TEXTS = 4;
const recent = new Map<string, readonly string[]>();
/**
 * A word: letters (Latin, Greek to CJK) and digits, with apostrophes and hyphens inside it, not at its
 * edges ("don't", "co-founder"; "'tis" is "tis"); no /u flag, so it matches fast.
 */
const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\uffff](?:[a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\uffff'-]*[a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\uffff])?/g;

/**
 * Several phrase tables at once: one pass over a sentence's words tells which tables it holds a phrase
 * of (the classifier asks about six tables of every sentence).
 */
export class PhraseIndex<Name extends string> {
  private byFirstWord = new Map<string, { name: Name; words: readonly string[] }[]>();
  private lastWords: readonly string[] | null = null;
  private lastFound = new Set<Name>();

  constructor(tables: Record<Name, readonly string[]>) {
    for (const name of Object.keys(tables) as Name[]) {
      for (const phrase of tables[name]) {
        const words = wordsOf(phrase);
        if (words.length === 0) continue;
        const list = this.byFirstWord.get(words[0]) ?? [];
        list.push({ name, words });
        this.byFirstWord.set(words[0], list);
      }
    }
  }

  /** The tables the words hold a phrase of (remembered for the last words asked about). */
  found(words: readonly string[]): ReadonlySet<Name> {
    if (words === this.lastWords) return this.lastFound;
    const found = new Set<Name>();
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i]);
      if (!candidates) continue;
      for (const { name, words: phrase } of candidates) {
        if (found.has(name)) continue;
        let j = 1;
        while (j < phrase.length && words[i + j] === phrase[j]) j++;
        if (j === phrase.length) found.add(name);
      }
    }
    this.lastWords = words;
    this.lastFound = found;
    return found;
  }
}

/** The same, anchored at the start of the sentence. */
export function startsWith(table: readonly string[]): RegExp {
  const escaped = [...table].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'));
  return new RegExp(`^(?:${escaped.join('|')})(?![\\p{L}\\d])`, 'iu');
}
