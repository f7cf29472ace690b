// What a site asks of its reader around the article, in the languages of the sets: subscribe or become a
// member, log in, follow it on social networks, get its app, comment; and the notes it must print
// (advertising and affiliate disclosures, "opinion of the author", "no liability"). Each is a short block
// on its own; an article that reports on subscriptions or apps says more than a line.
import type { BlockRule } from './types.ts';
import { isShortText } from '../text.ts';

const SUBSCRIBE =
  /\b(?:subscribe|subscribers?|subscription|already a (?:member|subscriber)|become a member|abonnieren|abonnent(?:en|in)?|abo\b|werden sie mitglied|jetzt mitglied|abonnez-vous|abonné|suscr[ií]bete|suscriptor|hazte (?:miembro|socio)|assine|assinante|subskrypcj|prenumerat)/i;

/** Log-in lines are a few words ("Sie sind aktuell nicht eingeloggt."); a sentence that explains a log-in is content. */
const LOG_IN = /\b(?:sign in|log ?in|eingeloggt|einloggen|connectez-vous|inicia sesión|zaloguj)/i;
const MAX_LOG_IN_WORDS = 10;

/** "Follow X on Twitter" (as the block's first words: an ask, not a report of who follows what), "download our app for iOS and Android", "our YouTube channel". */
const FOLLOW =
  /^(?:please )?(?:follow|folgen sie|folge uns|suivez|síguenos|sigue(?:nos)?|obserwuj)\b.{0,80}\b(?:twitter|facebook|instagram|youtube|tiktok|linkedin|telegram|whatsapp|google news|mastodon|threads)\b|\b(?:apps?) (?:for|für|pour|para) (?:ios|android|iphone)\b|\b(?:download|get|lade|laden sie|descarga|téléchargez|pobierz)\b.{0,60}\b(?:app store|google play)\b|\b(?:canal|channel|kanal) de youtube\b|\bkeep up with (?:me|us) on\b/i;

/** "Leave a comment", "Verraten Sie gerne in den Kommentaren: …" (a closing question to readers is the article's own). */
const COMMENT_PROMPT = /^(?:leave a (?:comment|reply)|kommentar schreiben|schreibe einen kommentar|verraten sie (?:uns )?(?:gerne )?in den kommentaren|laisser un commentaire|deja un comentario|napisz komentarz)\b/i;

/** Notes the site must print: advertising, affiliate links, sponsored posts, opinions, no liability. */
const DISCLOSURE =
  /\b(?:enthält werbung|werbung für|anzeige\b|affiliate|(?:earn|earns|receive|receives|erhält|erhalten|bekommt|bekommen)\b.{0,40}\b(?:a )?(?:commission|provision)|we may earn|sponsored by|gesponsert|in kooperation mit|bezahlte partnerschaft|ohne gewähr|gibt die meinung des autors|nicht notwendigerweise|does not necessarily reflect|do not necessarily reflect|not responsible for the (?:opinions|content)|n'engage que|no se hace responsable|opinión del autor|estimated value calculated by)\b/i;

/** A prompt or a note is a line or two. */
const MAX_WORDS = 35;

export const readerPrompt: BlockRule = {
  kind: 'block',
  name: 'reader-prompt',
  category: 'promo',
  description: 'A short block asking the reader to subscribe, log in, follow the site, get its app or comment; or the site\'s advertising, affiliate or opinion disclosure.',
  *run(ctx) {
    for (const block of ctx.blocks) {
      if (block.type === 'table' || block.type === 'image' || (block.type === 'heading' && isShortText(block.text, 2))) continue;
      if (!isShortText(block.text, MAX_WORDS)) continue;
      const text = block.text;
      if (SUBSCRIBE.test(text) || FOLLOW.test(text) || COMMENT_PROMPT.test(text) || DISCLOSURE.test(text)) yield block.index;
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
      '<p>Readers who follow the XRP market on Google News saw the headline before the filing was public, and traders moved quickly to price in a November launch.</p>',
    ],
  },
};
