// Page furniture on lines of its own, in the languages of the pages the product meets (English, German,
// French, Spanish, Portuguese, Polish): photo credits, category and tag labels, publication stamps,
// feedback and share prompts, "back" links, copyright lines. Each is a short block; a sentence that
// merely mentions a photo or a category is article text and stays.
import type { BlockRule, SentenceRule } from './types.ts';
import { isShortText } from '../text.ts';

/** Picture agencies and stock libraries. */
const AGENCY =
  '(?:shutterstock|istock(?:photo)?|getty ?images|adobe ?stock|stock\\.adobe|imago(?: images)?|dpa|picture[- ]alliance|unsplash|pixabay|pexels|reuters|afp|ap photo|epa|keystone|wenn|bestimage|depositphotos|123rf|colourbox|pap)(?:\\.com)?';

/**
 * A bare credit: an agency, with perhaps a name before or after it across a slash or bar ("TebNad/Shutterstock.com",
 * "AFP / MARCO BERTORELLO", "(mlharing / iStock.com)", "aja/PAP"); a sentence that names Reuters is news.
 */
const BARE_CREDIT = new RegExp(`^\\(?(?:[\\p{L}.' -]{1,40}\\s*[/|]\\s*)?${AGENCY}(?:\\s*[/|—–-]\\s*[\\p{L}.' -]{1,40})*\\)?\\.?$`, 'iu');

/** "Credit Ashraf Shazly/Agence France-Presse — Getty Images": a credit label without a colon, over an agency. */
const LABELLED_CREDIT = new RegExp(`^(?:credit|photo|foto|bild)\\s+\\p{Lu}.*\\b${AGENCY}\\b`, 'iu');

/** "Foto: …", "Bild: …", "Photo : …", "Crédits photos : …", "(crédito: …)", "Fot. …", "Zdjęcie: …". */
const CREDIT_LABEL = /^\(?(?:(?:beitrags|titel|header|vorschau)bild|(?:bild|foto|photo|image) via|fotos?|bild(?:er)?|bildquelle|photos?|image|images|crédits? photos?|cr[ée]dits?|cr[ée]dito|credit|imagen|zdj[eę]cie|fot\.|foto\/?video)\s*[:：]/i;

/** Labels of the article's metadata: category, tags, publication stamp, counters. */
const META_LABEL =
  /^(?:kategorien?|category|categories|catégories?|categor[ií]as?|kategorie|tags?|schlagw[öo]rter|schlagworte|stichw[öo]rter|themen im artikel|mots[- ]cl[ée]s|etiquetas|tagi|filed under|posted in|ver[öo]ffentlicht(?: am)?|erstellt am|publi[ée] le|publicado|publikacja|aktualizacja|release date|news date|last modified|zuletzt aktualisiert|aufrufe|views|lesezeit|reading time|czas czytania|tiempo de lectura|verfasst von|geschrieben von|written by|posted by|publié par|escrito por|autor(?:in)?|von)\s*(?:[:：]|$)/i;

/** A stamp without a colon: "Erstellt am Dienstag 6. Mai 2014", "Ten tekst przeczytasz w mniej niż minutę". */
const STAMP = /^(?:erstellt am)\b.{0,25}\d|^ten tekst przeczytasz w\b/i;

/** "Quelle: Landesregierung", "Fuente: …": a source line of a few words under a press text. (An English "Source: …" under a chart is data sourcing: keep-article-parts protects it.) */
const SOURCE_LINE = /^\(?(?:quelle|quellen|source|sources|fuente|źródło|fonte)\s*[:：]\s*\S/i;

/** A contact box of a press release: its label, then names, numbers and addresses on short lines. */
const CONTACT_LABEL = /^(?:kontakt|pressekontakt|medienkontakt|ansprechpartner(?:in)?(?: zum thema)?|für rückfragen|contact(?: us)?|media contact|press contact|contacto|kontakt dla mediów)\s*[:：]?$/i;

/** Prompts around the article: rate it, share it, print it, go back, load more, comments closed. */
/** Questions that open a rating widget: the stars and counts after them are part of it. */
const FEEDBACK = /^(?:(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)\?|was this (?:article|page|post) (?:helpful|useful)\?|valora esta noticia|czy ten artykuł był pomocny\?)/i;

/** A block that only says "advertisement", in the languages of the sets. */
const AD_LABEL = /^(?:reklama|anzeige|werbung|publicidad|publicité|advertisement|advertising|sponsored|gesponsert|patrocinado|annonce)\s*[:：]?$/i;

const PROMPT =
  /^(?:(?:möchten sie den|diesen) (?:artikel|beitrag) teilen\??|artikel gefallen\?.*teilen!?|(?:share|teilen|partager|compartir|udostępnij)(?: (?:this|den|diesen) (?:article|artikel|beitrag|post))?\s*[:：!]?|drucken|drukuj|imprimer|imprimir|print(?: this)?(?: article)?|zurück(?: zur (?:übersicht|listenansicht|startseite))?|back(?: to (?:top|home|overview|the list|all news))?|retour|volver|wróć|lade weitere inhalte|mehr laden|load more|voir plus|cargar más|permalien|permalink|kommentare (?:sind )?geschlossen\.?|comments are closed\.?|commentaires fermés\.?|los comentarios están cerrados\.?|(?:\d+ )?(?:kommentare?|comments?|commentaires?|comentarios?|komentarz[ey]?)(?: insgesamt)?\s*[:：]?\s*\d*|bild anzeigen(?: bild schließen)?)$/iu;

/** "© 2020 CBS Interactive Inc. All Rights Reserved.", "Copyright 2021 …", "Alle Rechte vorbehalten". */
const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,120}$|\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|wszelkie prawa zastrzeżone)\b/i;

/** A credit, a label or a prompt is a line: a few words. */
const MAX_WORDS = 12;

/** A bare credit (a name and an agency) is shorter still. */
const CREDIT_WORDS = 6;

/** A source line names a source and perhaps a date and place. */
const SOURCE_WORDS = 10;

/** A meta bar: parts between bars, most of them labels ("Aufrufe: 1120 | Tags: … | Rating: 0.0/0"). */
const MAX_META_BAR_WORDS = 30;
function isMetaBar(text: string): boolean {
  const parts = text.split(/\s[|·•]\s/);
  if (parts.length < 2 || !isShortText(text, MAX_META_BAR_WORDS)) return false;
  const labels = parts.filter((part) => META_LABEL.test(part) || PROMPT.test(part) || COPYRIGHT.test(part) || /^[\p{L} -]{2,40}\s*[:：]\s*\S/u.test(part));
  return labels.length >= 2 && labels.length * 2 > parts.length;
}

function isFurniture(text: string): boolean {
  if (isMetaBar(text)) return true;
  if (!isShortText(text, MAX_WORDS)) return false;
  const bare = text.replace(/\s*(?:\.{3}|…)$/, ''); // "Lade weitere Inhalte …"
  if (CREDIT_LABEL.test(text) || META_LABEL.test(text) || STAMP.test(text) || PROMPT.test(bare) || FEEDBACK.test(text) || AD_LABEL.test(bare) || COPYRIGHT.test(text) || CONTACT_LABEL.test(text)) return true;
  if (SOURCE_LINE.test(text) && isShortText(text, SOURCE_WORDS)) return true;
  return isShortText(text, CREDIT_WORDS) && BARE_CREDIT.test(text);
}

export const furnitureLine: BlockRule = {
  kind: 'block',
  name: 'furniture-line',
  category: 'chrome',
  description: 'A short line of page furniture: photo credit, category or tag label, publication stamp, share/print/back prompt, comment counter, copyright.',
  *run(ctx) {
    for (const block of ctx.blocks) {
      if (block.type === 'table' || block.type === 'image') continue;
      if (isFurniture(block.text)) yield block.index;
    }
  },
  examples: {
    source: 'trafilatura evaluation set: dhb.de, sportnews.bz, taucher.net, cbsnews.com, aktion-hummelschutz.de, dvfg.de, ucoz.de',
    kind: 'html',
    remove: [
      '<p>Foto: Sascha Klahn</p>',
      '<p>AFP / MARCO BERTORELLO</p>',
      '<p>Kategorie: News</p>',
      '<p>© 2020 CBS Interactive Inc. All Rights Reserved.</p>',
      '<p>Möchten Sie den Artikel teilen?</p>',
      '<p>zurück zur Listenansicht</p>',
      '<p>Kommentare insgesamt: 0</p>',
      '<p>Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder | Rating: 0.0/0</p>',
    ],
    keep: [
      '<p>Das Foto zeigt den Hafen von Hamburg im Winter, als das Eis die Schiffe für Tage festhielt.</p>',
      '<p>Die Kategorie der Sportler wurde nach der Saison neu geordnet, wie der Verband mitteilte.</p>',
      '<p>Tags darauf fiel der Kurs unter 60.000 Dollar.</p>',
      '<h2>Views from the trading desk</h2>',
      '<p>Copyright lawsuits against AI firms are piling up fast.</p>',
      '<h2>Back to the drawing board</h2>',
      '<p>Reuters could not verify the figures.</p>',
    ],
  },
};

/** A credit at the end of a caption: "… Pennsylvania © Noah Addis", "… – © Sergey Nivens – stock.adobe.com". */
const TRAILING_COPYRIGHT = /\s[–—|/-]?\s*(?:©|\([cC]\)(?=\s*[\p{Lu}\d]))\s*[^.!?©]{1,80}$/u;

/** A credit in parentheses at the end of a caption: "South Korea's flag (Daniel Bernard/Unsplash)". */
const TRAILING_CREDIT = new RegExp(`\\s\\((?:[^()]{1,40}\\s*[/|]\\s*)?${AGENCY}[^()]{0,40}\\)\\.?$`, 'iu');

export const creditSentence: SentenceRule = {
  kind: 'sentence',
  name: 'credit-sentence',
  category: 'chrome',
  description: 'A photo credit inside a caption or paragraph: "Bild: TebNad/Shutterstock.com", "(mlharing / iStock.com)", "… © Noah Addis".',
  match(sentence) {
    if (isShortText(sentence, CREDIT_WORDS + 4) && (CREDIT_LABEL.test(sentence.replace(/^\(/, '')) || BARE_CREDIT.test(sentence) || LABELLED_CREDIT.test(sentence))) return 'sentence';
    const credit = TRAILING_CREDIT.exec(sentence);
    if (credit && credit.index > 0) return credit.index;
    const copyright = TRAILING_COPYRIGHT.exec(sentence);
    return copyright && copyright.index > 0 ? copyright.index : null;
  },
  examples: {
    source: 'trafilatura evaluation set: simplyscience.ch, wildtierschutz (iStock), handwerk-magazin.de, zeit.de captions',
    kind: 'html',
    remove: [
      '<figure><img src="a.jpg" alt=""><figcaption><p>Erdölpumpen im Abendrot. [[Bild: TebNad/Shutterstock.com]]</p></figcaption></figure>',
      '<p>Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. [[(mlharing / iStock.com)]]</p>',
    ],
    keep: [
      '<p>Shutterstock, the stock photo agency, reported higher revenue in the quarter as demand for licensed images grew.</p>',
      '<p>Bild und Ton fielen während der Übertragung für mehrere Minuten aus, teilte der Sender am Abend mit.</p>',
      '<p>Trading resumed on Wednesday afternoon. Reuters could not independently verify the figures. The exchange said it had restored all services.</p>',
      '<p>The filing lists three duties: (a) customer funds in segregated accounts and (c) the auditors who check them each quarter.</p>',
    ],
  },
};
