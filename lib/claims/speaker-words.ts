// The words that decide who a claim is credited to: one entry a line, with why it is there. Nothing here
// comes from one article: each entry is ordinary news English or German (docs/claims-labelling.md).

/** Verbs that credit what a sentence says to someone: "X said", "said X", "X told", "laut X" is below. */
export const SAYING_VERBS = [
  'said', 'says', 'say', // the reporting verb of news
  'stated', 'states', // formal statements
  'told', // "told Reuters", "told reporters"
  'tells', 'adds', // the present of news features ("…," Jack Buser tells The Hollywood Reporter)
  'wrote', 'writes', // letters, notes, posts
  'noted', 'notes', // analysts' notes
  'added', // a second sentence of the same speaker
  'argued', 'argues', // a stance
  'explained', 'explains',
  'warned', 'warns', // forecasts of risk
  'predicted', 'predicts', // forecasts
  'claimed', 'claims', // contested statements
  'posted', 'tweeted', // social media
  'announced', 'announces', // companies and agencies
  'unveiled', 'unveils', // plans and products made public: "The government has unveiled a plan"
  'recalled', 'remembered', // an account of the past: "Cook remembered Jobs rehearsing there"
  'alleged', 'alleges', 'alleging', // accusations: "The Democrats are alleging that…"
  'acknowledged', 'admitted',
  'responded', 'replied',
  'believes', 'thinks', // stated belief of a named person
  'estimated', 'estimates', // figures credited to their source
  'reported', 'reports', // publications and agencies: "Bloomberg reported"
  'testified that', // hearings ("testified before the committee" is an event, not a source)
  'revealed', 'disclosed', 'confirmed',
  'expects', 'expected', // "JPMorgan expects"
  'forecast', 'forecasts', 'projected', 'projects',
  'recommended', 'urged',
  'expressed', 'described', 'characterized', 'characterised', 'blamed', 'attributed', 'highlighted', 'documented', 'sees', 'views', // stances credited
  'recounted', 'declared', 'asserted', 'reiterated', 'quipped', 'maintained', 'contended', // more reporting verbs of news
  'indicated', 'theorized', 'theorised', 'pledged', 'promised', 'vowed', 'complained', 'proposed', // stances and promises
  'hinted', 'denied', 'insisted', 'conceded', 'cautioned', 'suggested', 'stressed', 'emphasized', 'emphasised', 'commented', 'pointed out', // more ways of saying
  'points out', 'assured', 'assures', 'boasted', 'boasts', // "As iFixit points out in its teardown", "The CDC assured the public … that"
  'confirms', 'confirmed', // "Samantha Burgess confirms with high certainty that…"
  'recommends', 'disputed', 'disputes', 'ruled out', 'rules out', // "The CDC recommends…", "Volker disputed the notion…", "The Afghan government has ruled out…"
  'sagte', 'sagt', 'erklärte', 'erklärt', 'erläuterte', 'erläutert', 'betonte', 'betont', 'schrieb', 'schreibt', 'meinte', 'meint', 'warnte', 'warnt', 'berichtete', 'berichtet', 'schätzt', 'schätzte', 'erwartet', 'prognostiziert', 'kündigte', 'teilte', 'ankündigte', 'mitteilte', // German reporting verbs (and their forms at a clause's end: "wie Waymo-Chef John Krafcik am Dienstag ankündigte")
  'glaubt', 'glaubte', 'schildert', 'schilderte', 'fordert', 'forderte', 'kritisiert', 'kritisierte', 'mahnt', 'mahnte', 'ergänzt', 'ergänzte', 'dringt', 'drängt', 'drängte', // German: beliefs, accounts, demands (not "nennt", "erzählt": "nennt sich", "erzählt mir")
  'behauptet', 'behauptete', 'versichert', 'versicherte', 'bestätigt', 'bestätigte', 'antwortet', 'antwortete', 'bekräftigt', 'bekräftigte', 'äußert', 'äußerte', 'widerspricht', 'widersprach', // German: claims, assurances, confirmations, answers
  'bezifferte', 'beziffert', 'fürchtet', 'fürchten', 'befürchtet', 'befürchten', 'lehnt', 'lehnte', 'lehnen', // German: figures put, fears, rejections ("lehnt … ab")
  'kommentiert', 'kommentierte', 'bilanziert', 'bilanzierte', 'resümiert', 'resümierte', 'unterstreicht', 'unterstrich', // German verbs closing a quotation: "…“, kommentiert die Leiterin …" (not "informiert": "informiert X über" informs someone)
  'hopes', 'hoped', 'is hoping', 'wants', // intentions stated: "Nissan is hoping a redesign will…"
  'is promising', // a promise stated: "Audi is promising space for five" (not "plans to": "The company plans to accumulate WLFI" credits no one on the corpus set)
] as const;

/**
 * Verbs of a stance whose object follows them: they credit the name before them ("Trump accused Democrats
 * of…", "Big Machine denies…"), never a name after them ("accused Trump of" makes Trump no speaker).
 */
export const STANCE_VERBS_AFTER_NAME = [
  'accused', 'accuses', 'criticised', 'criticized', 'criticises', 'criticizes', 'denies', 'touted', 'cited', 'rechnet',
  'welcomed', 'welcomes', 'praised', 'praises', 'condemned', 'condemns', 'denounced', 'denounces', 'assailed', 'slammed', // approval and disapproval
  'called for', 'calls for', 'insist', 'insists', 'pointed to', // demands and reasons given
  'called it', 'calls it', // a verdict: "The Arab League called it an extremely adverse development"
] as const;

/** Nouns of a source's people or material: "JPMorgan analysts expect", "CoinGlass data shows", "McKinsey charts show". */
export const SOURCE_NOUNS = [
  'analysts', 'analyst', // research desks
  'economists', 'strategists', 'researchers', 'scientists', 'executives', 'officials', // people of an organisation
  'data', 'figures', 'numbers', 'statistics', // datasets
  'charts', 'chart',
  'research', 'report', 'reports', 'survey', 'study', 'estimates', 'filings', 'filing', 'attestation', 'audit', 'disclosure', // documents ("Tether's attestation showed")
  'release', 'statement', 'poll', 'polls', // "the DOJ release states", "a CNN poll shows"
] as const;

/** What such sources do: "data shows", "analysts expect". */
export const SOURCE_VERBS = [
  'show', 'shows', 'showed', 'shown',
  'indicate', 'indicates', 'indicated',
  'suggest', 'suggests', 'suggested',
  'expect', 'expects', 'expected',
  'estimate', 'estimates', 'estimated',
  'predict', 'predicts', 'predicted',
  'forecast', 'forecasts',
  'found', 'finds', 'confirmed', 'confirm', 'confirms',
  'say', 'says', 'said', 'states', 'stated', 'claims', 'claimed', // "The Wrap's report claims"
  'reveal', 'reveals', 'revealed',
  'note', 'notes', 'noted',
  'put', 'puts', // "analysts put the odds at"
  'zeigen', 'zeigt', 'zeigte', 'erwarten', 'erwartet', // German
] as const;

/** Words of a role or title in front of a name, dropped from the speaker ("SEC Chairman Paul Atkins" → Paul Atkins). */
export const ROLE_WORDS = [
  'a', 'an', 'the', // articles
  'chairman', 'chair', 'chairwoman', 'chairperson',
  'ceo', 'cfo', 'cto', 'coo', 'cio', 'cso',
  'president', 'vice', 'secretary', 'press', 'former', 'acting', 'interim',
  'senator', 'sen.', 'governor', 'gov.', 'director', 'founder', 'co-founder', 'cofounder', 'commissioner',
  'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'analyst', 'economist', 'strategist', 'professor', 'prof.',
  'dr.', 'dr.-ing.', 'mr.', 'mrs.', 'ms.', 'chief', 'executive', 'officer', 'head', 'partner', 'general', 'counsel',
  'rep.', 'representative', 'judge', 'attorney', 'assistant', 'deputy', 'managing', 'senior', 'lead',
  'co-author', 'author', 'study', 'researcher', 'manager', 'trader', 'investor', 'lawyer',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', // British style writes titles without a full stop ("Mr Hancock")
  'mp', 'mps', 'mep', 'msp', 'mla', // members of parliaments: "the Conservative MP said" names no one
  'administrator', 'adviser', 'advisor', 'coach', 'editor', 'treasurer', 'chancellor', // ("NASA administrator Jim Bridenstine", "Vikings coach Mike Zimmer")
  'supervisor', 'mayor', 'councilmember', 'councilman', 'councilwoman', 'sheriff', 'superintendent', 'ambassador', 'congressman', 'congresswoman', 'sen', 'rep', 'gov', // offices in front of a name
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'adm.', 'sgt.', 'cpl.', 'pvt.', 'lt', 'col', 'cmdr', 'sgt', // military ranks as news abbreviates them ("Cmdr. Sean Robertson", "Lt. Col. Kelly")
  'herr', 'frau', 'chef', 'vorstand', 'vorstandschef', 'sprecher', 'sprecherin', 'analyst', 'ökonom', // German
  'kollege', 'kollegin', 'colleague', 'leiter', 'leiterin', 'autor', 'autorin', 'forscher', 'forscherin', 'forschern', 'experte', 'expertin', 'berater', 'beraterin', 'professorin', 'direktor', 'direktorin', 'präsident', 'präsidentin', 'ministerin', 'kanzler', 'kanzlerin', 'vorsitzende', 'vorsitzender', 'geschäftsführer', 'geschäftsführerin', 'chefredakteur', 'chefredakteurin', // German offices and trades before a name ("die Leiterin des Hauptstadtbüros Sandra Rostek")
  'aktivist', 'aktivistin', 'organisator', 'organisatorin', 'activist', 'organizer', 'organiser', // ("der Aktivist Antonio Gutierrez")
] as const;

/**
 * Words that open a sentence or a clause but never a name: conjunctions, adverbs, prepositions. They are
 * cut from the front of a candidate ("While Richardson" → Richardson, "Despite Bitcoin" → Bitcoin).
 */
export const CLAUSE_OPENERS = [
  'despite', 'yet', 'while', 'whilst', 'although', 'though', 'but', 'and', 'or', 'however', 'meanwhile', 'still',
  'also', 'after', 'before', 'since', 'when', 'whenever', 'if', 'as', 'with', 'without', 'then', 'now', 'so',
  'because', 'unlike', 'like', 'under', 'over', 'in', 'on', 'at', 'for', 'from', 'by', 'to', 'of', 'following',
  'according', 'per', 'separately', 'elsewhere', 'instead', 'indeed', 'moreover', 'furthermore', 'thus', 'hence',
  'here', 'there', 'this', 'that', 'these', 'those', 'it', 'its', 'what', 'which', 'who', 'where', 'why', 'how',
  'nevertheless', 'nonetheless', 'eventually', 'finally', 'ultimately', 'initially', 'previously', 'recently', 'currently', 'additionally', 'notably', 'overall', 'today', 'maybe', 'perhaps', 'probably', 'certainly', 'clearly', 'apparently', 'obviously', // sentence adverbs
  'aber', 'und', 'doch', 'auch', 'laut', 'nach', 'wie', 'trotz', 'während', 'der', 'die', 'das', 'dem', 'den', 'ein', 'eine', // German (articles: German capitalises the noun after them)
  'am', 'im', 'vom', 'zum', 'zur', 'beim', 'seit', 'bis', 'ab', 'um', // German prepositions with a time after them ("Am Dienstag antwortet Relotius")
  'would', 'could', 'should', 'did', 'does', 'is', 'was', 'has', 'have', 'had', // a question's first word ("Would Adam Schiff …?"; not "Will", "Can", "Do": first names, Do Kwon's)
] as const;

/** Times are never speakers ("Late Monday", "Earlier this week", "October"). */
export const TIME_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'late', 'early', 'earlier', 'later', 'last', 'next', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning',
  'afternoon', 'evening', 'week', 'month', 'year', 'weekend', 'updated', 'posted', 'published',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'gestern', // German
  // ("May", "June", "April", "August" are first names too: a month alone is told by the date patterns)
] as const;

/** Stand-ins for people that name nobody ("Others said", "Some analysts say" is vague sourcing). */
export const NOBODY_WORDS = [
  'others', 'some', 'many', 'most', 'few', 'one', 'officials', 'people', 'sources', 'experts', 'critics', 'observers', 'everyone', 'nobody',
  'analysts', 'economists', 'researchers', 'scientists', 'investors', 'traders', 'executives', 'lawmakers', 'regulators', 'authorities', 'residents', 'witnesses', 'activists', // groups, named by what they are ("Analysts said…" is vague)
  'aktivisten', 'experten', 'analysten', 'ökonomen', 'volkswirte', 'wissenschaftler', 'beobachter', 'kritiker', 'behörden', 'ermittler', 'zeugen', 'anwohner', // German groups ("laut den Aktivisten", "Linke Aktivisten")
] as const;

/** Joining words inside an organisation's name: "Department of Social Services", "Bank of America". */
export const NAME_JOINERS = ['of', 'for', 'für', 'and', 'und', '&', 'de', 'van', 'von', 'der', 'al', 'la', 'le', 'du', 'di', 'dos', 'del'] as const; // ("Bundesagentur für Arbeit", "Bundesamt für Wirtschaft und Ausfuhrkontrolle"; not "des", "zu", "da", "bin": German words before nouns; NAME_PARTICLES has them)

/** Lower-case particles a surname can begin with ("von Preen", "de Blasio", "van der Bellen", "di Maio"). */
export const NAME_PARTICLES = ['von', 'van', 'de', 'des', 'di', 'da', 'dos', 'du', 'del', 'della', 'le', 'la', 'ter', 'ten', 'zu', 'bin'] as const;

/** Labels that look like a transcript speaker ("Note: …") but are not people. */
export const NOT_SPEAKER_LABELS = /^(?:editor'?s note|note|foreword|source|sources|update|updated|posted|disclaimer|correction|key takeaways?|summary|original (?:article )?(?:title|author|source|link)|translation|image|photo|data|read more|related|watch|listen|advertisement)$/i;

/**
 * German nouns that follow "laut" for an unnamed source ("laut Marktprognosen", "laut Angaben", "laut
 * Medienberichten"): German capitalises every noun, so these look like names. By the end of the word.
 */
export const GERMAN_VAGUE_SOURCE_ENDINGS = [
  'angaben', 'berichten', 'bericht', 'prognosen', 'prognose', 'schätzungen', 'schätzung', 'informationen', 'daten', 'zahlen', 'studien', 'studie', 'umfragen', 'umfrage', 'experten', 'analysten', 'beobachtern', 'insidern', 'kreisen',
  'mitteilung', 'erklärung', 'stellungnahme', 'schreiben', // a statement or letter named by what it is ("laut der Mitteilung", "Pressemitteilung")
  'beantwortung', 'anfrage', // a government's answer to a parliamentary question ("laut Anfragebeantwortung")
  'aussage', 'aussagen', // what a witness said, by what it is ("laut einer Zeugenaussage")
] as const;

/**
 * Last words of a company's name that its shorter use leaves out: "Shanghai Electric" is "Shanghai
 * Electric Group" where the article gives that.
 */
export const CORPORATE_SUFFIXES = ['Group', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co.', 'Company', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'AG', 'SE', 'GmbH', 'Holdings', 'Holding', 'S.A.', 'N.V.'] as const;

/**
 * Words that make a name an organisation's, not a person's: "he" or "she" never points back to it
 * ("Handelsverband Deutschland", "Bureau of Prisons", "Wilson Center"). German compounds by their ending.
 */
export const ORGANISATION_WORDS = [
  'Group', 'Inc', 'Corp', 'Corporation', 'Company', 'Ltd', 'LLC', 'AG', 'GmbH', 'Holdings', 'Bank', 'Fund', 'Trust', 'Capital', 'Partners',
  'Association', 'Department', 'Ministry', 'Office', 'Agency', 'Commission', 'Council', 'Committee', 'Center', 'Centre', 'Institute',
  'University', 'College', 'Foundation', 'Union', 'Party', 'Authority', 'Service', 'Administration', 'Bureau', 'Court', 'Senate', 'House',
  'Times', 'Post', 'Journal', 'News', 'Magazine', 'Network', 'Organization', 'Organisation',
] as const;
export const GERMAN_ORGANISATION_ENDINGS = ['verband', 'ministerium', 'amt', 'institut', 'gesellschaft', 'bank', 'konzern', 'agentur', 'behörde', 'kammer', 'gericht', 'partei', 'stiftung', 'verein', 'bund', 'zentrum', 'zeitung', 'werk', 'werke'] as const;

/**
 * German nouns for an organisation the article already named ("nach Angaben des Konzerns", "teilte das
 * Unternehmen mit"): a named source, but which one is not written there, so no speaker is shown.
 */
export const GERMAN_ORGANISATION_NOUNS = ['Konzern', 'Konzerns', 'Unternehmen', 'Unternehmens', 'Firma', 'Hersteller', 'Herstellers', 'Verband', 'Verbands', 'Verbandes', 'Ministerium', 'Ministeriums', 'Behörde', 'Gericht', 'Gerichts', 'Stadt', 'Gemeinde', 'Gruppe', 'Bank', 'Konzernsprecher', 'Sprecher', 'Sprecherin'] as const;

/** German role words that end a compound before a name: "Flixbus-Manager Stenger", "Konzernchef Müller". */
export const GERMAN_ROLE_ENDINGS = ['manager', 'managerin', 'chef', 'chefin', 'sprecher', 'sprecherin', 'vorstand', 'gründer', 'gründerin', 'direktor', 'direktorin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'leiter', 'leiterin', 'autor', 'autorin', 'forscher', 'forscherin', 'forschern', 'experte', 'expertin', 'berater', 'beraterin', 'führer', 'führerin', 'redakteur', 'redakteurin', 'vorsitzende', 'vorsitzender', 'organisator', 'organisatorin', 'aktivist', 'aktivistin'] as const; // "Seniorautorin Naomi Halas", "Empa-Forschern Morten Hundt", "Geschäftsführer"

/**
 * States and provinces, which news names as places ("Figures from Louisiana…") and as a government's voice,
 * never as a speaker to show (as countries, which come from Intl.DisplayNames): the 50 US states and DC, the
 * Canadian provinces, the German Länder in German and English, the Austrian and Australian states.
 */
export const STATE_NAMES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington state', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia', // United States
  'ontario', 'quebec', 'québec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick', // Canada
  'bayern', 'bavaria', 'baden-württemberg', 'nordrhein-westfalen', 'north rhine-westphalia', 'niedersachsen', 'lower saxony', 'hessen', 'hesse',
  'sachsen', 'saxony', 'sachsen-anhalt', 'saxony-anhalt', 'thüringen', 'thuringia', 'brandenburg', 'mecklenburg-vorpommern', 'schleswig-holstein',
  'rheinland-pfalz', 'rhineland-palatinate', 'saarland', 'berlin', 'hamburg', 'bremen', // Germany
  'tirol', 'tyrol', 'kärnten', 'steiermark', 'styria', 'vorarlberg', 'salzburg', 'niederösterreich', 'oberösterreich', 'burgenland', 'wien', 'vienna', // Austria
  'new south wales', 'victoria', 'queensland', 'tasmania', 'western australia', 'south australia', // Australia
] as const;

/** German participles of saying, after "hat"/"haben" ("Habeck hat … vorgeschlagen"): the perfect puts the verb last. */
export const GERMAN_SAYING_PARTICIPLES = [
  'gesagt', 'erklärt', 'betont', 'berichtet', 'mitgeteilt', 'angekündigt', 'bestätigt', 'dementiert', 'eingeräumt', 'zugegeben', // statements
  'vorgeschlagen', 'vorgestellt', 'angeordnet', 'gefordert', 'kritisiert', 'gewarnt', 'verlangt', // proposals, orders, demands (not 'beschlossen': "hat die Bundesregierung den Gesetzentwurf beschlossen" is a decision, an event)
] as const;

/** German reports and figures a source gives, after "nach" or "laut" and before its maker: "nach vorläufigen Daten der Bundesagentur für Arbeit", "laut einer Studie der Universität". */
export const GERMAN_REPORT_NOUNS = [
  'Informationen', 'Angaben', 'Mitteilung', 'Pressemitteilung', 'Ankündigung', 'Auskunft', 'Einschätzung', // what a source says
  'Studie', 'Studien', 'Umfrage', 'Umfragen', 'Analyse', 'Analysen', 'Bericht', 'Berichten', 'Untersuchung', 'Untersuchungen', 'Erhebung', 'Erhebungen', 'Statistik', // studies and reports
  'Berechnungen', 'Schätzungen', 'Daten', 'Zahlen', 'Prognose', 'Prognosen', 'Hochrechnung', 'Hochrechnungen', // figures and projections
] as const;
