// What a site asks of its reader around the article, in the languages of the sets: subscribe or become a
// member, log in, follow it on social networks, get its app, comment; and the notes it must print
// (advertising and affiliate disclosures, "opinion of the author", "no liability"). Each is a short block
// on its own; an article that reports on subscriptions or apps says more than a line.
import type { BlockRule } from './types.ts';
import { isShortText } from '../text.ts';

/**
 * Asks to subscribe or join, as the site words them: at the start of the block ("Subscribe now…", "HAZTE
 * MIEMBRO…", "Werden Sie Mitglied…"), or in phrases only a site uses of its own readers ("already a
 * subscriber", "please subscribe"). A report that "Netflix added 9 million subscribers" is news.
 */
const SUBSCRIBE =
  /^(?:subscribe|become a (?:member|subscriber)|join (?:us|our community)|jetzt abonnieren|abonnieren sie|werden sie (?:mitglied|abonnent)|abonnez-vous|suscr[ií]bete|hazte (?:miembro|socio)|assine|zapraszamy (?:też )?do subskrypcji)\b|\b(?:already a (?:member|subscriber)|please subscribe|to (?:view|read) the full (?:story|article)|first-time subscribers|subscribe (?:now|today|to (?:our|the) (?:newsletter|channel|podcast)))\b/i;

/** Log-in lines are a few words opening with the ask ("Sign in to…", "Sie sind aktuell nicht eingeloggt."). */
const LOG_IN = /^(?:sign in|log ?in|anmelden|einloggen|connectez-vous|inicia sesión|zaloguj)\b|\b(?:nicht|not) (?:eingeloggt|logged in)\b/i;
const MAX_LOG_IN_WORDS = 10;

/**
 * "Follow X on Twitter" (as the block's first words: an ask, not a report of who follows what), "download
 * our app for iOS and Android", "our YouTube channel".
 */
const FOLLOW =
  /^(?:please )?(?:follow|folgen sie|folge uns|suivez|síguenos|sigue(?:nos)?|obserwuj)\b.{0,80}\b(?:twitter|facebook|instagram|youtube|tiktok|linkedin|telegram|whatsapp|google news|mastodon|threads)\b|\b(?:download|get|lade|laden sie|descarga|téléchargez|pobierz)\b.{0,60}\b(?:apps? (?:for|für|pour|para) (?:ios|android|iphone)|app store|google play)\b|\b(?:nuestro|our|unseren?) (?:canal|channel|kanal)\b|\bkeep up with (?:me|us) on\b/i;

/** "Leave a comment", "Verraten Sie gerne in den Kommentaren: …" (a closing question to readers is the article's own). */
const COMMENT_PROMPT = /^(?:leave a (?:comment|reply)|kommentar schreiben|schreibe einen kommentar|verraten sie (?:uns )?(?:gerne )?in den kommentaren|laisser un commentaire|deja un comentario|napisz komentarz)\b/i;

/**
 * Notes the site must print about itself, in its own words: advertising and affiliate links, opinions, no
 * liability ("This post contains affiliate links", "Dieser Beitrag enthält Werbung", "…gibt die Meinung des
 * Autors wieder"). A report about a company's affiliate or a commission's approval is news.
 */
const DISCLOSURE =
  /^\*?(?:werbung|anzeige|advertisement|sponsored|gesponsert)\b.{0,3}(?:dieser beitrag|this (?:post|article))|\b(?:enthält werbung|(?:contains|enthält) (?:affiliate|partner)[- ]?links?|affiliate links?\b|we (?:may )?(?:earn|receive) (?:a )?(?:small )?commission|erhält \w+ (?:ggf\. |möglicherweise )?eine provision|(?:erhalten|bekommen) wir (?:ggf\. |möglicherweise )?eine provision|geld erhalten wir|bezahlte partnerschaft|alle angaben ohne gewähr|gibt die meinung (?:des|der) autor|does not necessarily reflect the (?:views|opinion)|do not necessarily reflect the (?:views|opinion)|(?:is|are) not responsible for the (?:opinions|content)|n'engage que (?:son|leur) auteur|opinión (?:del|de su) autor|estimated value calculated by)/i;

/** A prompt or a note is a line or two. */
const MAX_WORDS = 25;
const MAX_FOLLOW_WORDS = 40;

export const readerPrompt: BlockRule = {
  kind: 'block',
  name: 'reader-prompt',
  category: 'promo',
  description: 'A short block asking the reader to subscribe, log in, follow the site, get its app or comment; or the site\'s advertising, affiliate or opinion disclosure.',
  *run(ctx) {
    for (const block of ctx.blocks) {
      if (block.type === 'table' || block.type === 'image' || (block.type === 'heading' && isShortText(block.text, 2))) continue;
      const text = block.text;
      // An ask to follow the site opens its block, however long the list of networks after it.
      if (FOLLOW.test(text) && isShortText(text, MAX_FOLLOW_WORDS)) {
        yield block.index;
        continue;
      }
      if (!isShortText(text, MAX_WORDS)) continue;
      if (SUBSCRIBE.test(text) || COMMENT_PROMPT.test(text) || DISCLOSURE.test(text)) yield block.index;
      else if (LOG_IN.test(text) && isShortText(text, MAX_LOG_IN_WORDS)) yield block.index;
    }
  },
  examples: {
    source: 'trafilatura evaluation set: laprensagrafica.com, jamaica-gleaner.com, nationnews.com, holzwerken.net, chip.de, freitag.de; lemonde-1 of Readability\'s tests (kept)',
    kind: 'html',
    remove: [
      '<p><strong>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</strong></p>',
      '<p>Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.</p>',
      '<p>For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.</p>',
      '<p>Sie sind aktuell nicht eingeloggt.</p>',
      '<p>Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler, z.B. für solche mit -Symbol.</p>',
      '<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion des Freitag.</p>',
    ],
    keep: [
      '<p>Retour sur ses principales dispositions, après son passage en commission des lois et après le débat en séance publique.</p>',
      '<p>Um Beiträge online einzureichen oder den aktuellen Status eines eingereichten Beitrags zu überprüfen, müssen Sie registriert und eingeloggt sein.</p>',
      '<p>What do you think? Interested in the new Rocket Pass in Rocket League? Let us know down below in the comments.</p>',
      '<p>The company\'s affiliate, Alameda Research, borrowed billions of dollars in customer funds from FTX, prosecutors said.</p>',
      '<p>Netflix added 9 million subscribers in the quarter, beating estimates.</p>',
      '<p>Coinbase users were unable to log in for three hours.</p>',
      '<p>The exchange will receive approval from the commission within weeks, people familiar with the matter said.</p>',
      '<p>Die Staatsanwaltschaft prüft nun eine Anzeige gegen den Betreiber der Börse.</p>',
      '<p>Readers who follow the XRP market on Google News saw the headline before the filing was public, and traders moved quickly to price in a November launch.</p>',
    ],
  },
};
