// An interview printed as questions and answers: each paragraph holds the interviewer's question (maybe
// after a lead-in) and goes on with the answer ("Was kostet den Konsumenten Ihre Dienstleistung? Wir prüfen gerade…").
// The answers are the interviewee's words, named; the questions are no one's claims.
import type { Sentence } from '../sentences.ts';
import { isQuestion } from './classify.ts';

/** Paragraphs with a question an answer follows: at least this many, and this share of the paragraphs. */
const MIN_QUESTION_PARAGRAPHS = 3;
const MIN_QUESTION_SHARE = 0.3;

/** The interviewee, addressed in a question: "Herr Vilanek, in Deutschland…", "Mr. Cook, why…". */
const ADDRESSED = /(?:^|[\s,(])(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(\p{Lu}[\p{L}'’-]+)/u;
/** A label before an answer: "Christoph Vilanek: HD Bildqualität kostet…" (a name of two to four words, then a colon). */
const ANSWER_LABEL = /(?:^|[.?!]\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}):\s/gu;

/** Where the answer starts in a paragraph of the interview: the index of its first sentence after the questions, or -1. */
export function answerStart(sentences: readonly Sentence[]): number {
  let i = 0;
  while (i < sentences.length && !isQuestion(sentences[i].text)) i++;
  // the question may follow a lead-in of the interviewer's ("Sie haben sich an … beteiligt. Was planen Sie?")
  if (i >= sentences.length) return -1;
  while (i < sentences.length && isQuestion(sentences[i].text)) i++;
  return i < sentences.length ? i : -1;
}

/**
 * Where the interviewee's answer starts in each paragraph of an interview, or -1: after the paragraph's
 * questions; or the whole paragraph (0) when a paragraph before it ended with a question, as interviews
 * printed with the questions in paragraphs of their own are ("Warum nicht?" / "Erneuerbare Energien sind
 * volatil…"). An answer goes on over the paragraphs without a question that follow it.
 */
export function answerStarts(paragraphs: readonly (readonly Sentence[])[]): number[] {
  let answering = false;
  return paragraphs.map((sentences) => {
    const asks = sentences.some((sentence) => isQuestion(sentence.text));
    if (!asks) return answering && sentences.length > 0 ? 0 : -1;
    const start = answerStart(sentences);
    answering = true; // the answer follows the questions, in this paragraph or the next
    return start;
  });
}

/** A paragraph that ends with a question, and a next one that answers it (it asks nothing). */
function answeredInNext(sentences: readonly Sentence[], next: readonly Sentence[] | undefined): boolean {
  const last = sentences.at(-1);
  return !!last && isQuestion(last.text) && !!next?.length && !next.some((sentence) => isQuestion(sentence.text));
}

/**
 * Whether the paragraphs are an interview of questions and answers; its interviewee when the article
 * names them: the one a question addresses ("Herr Vilanek"), in full as the article writes them
 * ("Christoph Vilanek:"), or the name that labels the answers.
 */
export function interviewOf(paragraphs: readonly (readonly Sentence[])[], texts: readonly string[], resolve: (name: string) => string | undefined): { interviewee: string } | null {
  const withAnswers = paragraphs.filter((sentences, i) => answerStart(sentences) > 0 || answeredInNext(sentences, paragraphs[i + 1]));
  if (withAnswers.length < MIN_QUESTION_PARAGRAPHS || withAnswers.length < MIN_QUESTION_SHARE * paragraphs.length) return null;
  const labels = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(ANSWER_LABEL)) labels.set(m[1], (labels.get(m[1]) ?? 0) + 1);
  const addressed = texts.map((text) => ADDRESSED.exec(text)?.[1]).find((name) => name !== undefined);
  // a label is the interviewee's when its surname is the one addressed, or when it labels several answers ("Read More:" once is none)
  const named = [...labels.keys()].filter((label) => (addressed ? label.split(/\s+/).pop() === addressed : labels.get(label)! >= 2));
  if (named.length > 0) return { interviewee: named.sort((a, b) => labels.get(b)! - labels.get(a)!)[0] };
  // questions with no one named to answer them are a feature's rhetorical questions, not an interview
  const interviewee = addressed && resolve(addressed);
  return interviewee ? { interviewee } : null;
}
