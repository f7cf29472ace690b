// Reading aloud with the browser's speech synthesis: one utterance a sentence (lib/read-aloud.ts), the
// sentence being read marked in the article and kept in view. Pausing cancels the speech and remembers
// the sentence; going on speaks it again from its start (speechSynthesis.pause() stalls or stops by
// itself in some browsers and voices). A new speed or voice takes effect at once, from the sentence's
// start. Closing the reader stops the speech.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { markText, unmarkText } from '../lib/dom-marks.ts';
import { spokenParts, TITLE_BLOCK, type SpokenPart } from '../lib/read-aloud.ts';
import type { Article } from '../lib/types.ts';
import { MARK_CLASS } from './highlight.ts';

/** The browser's speech synthesis, where it has one. */
export function speechApi(): { synth: SpeechSynthesis; Utterance: typeof SpeechSynthesisUtterance } | null {
  const world = globalThis as { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };
  return world.speechSynthesis && world.SpeechSynthesisUtterance ? { synth: world.speechSynthesis, Utterance: world.SpeechSynthesisUtterance } : null;
}

export type ReadAloudStatus = 'idle' | 'playing' | 'paused';

export interface ReadAloud {
  /** False where the browser has no speech synthesis: the reader offers no reading aloud. */
  available: boolean;
  status: ReadAloudStatus;
  /** The part being read (or where reading paused) and how many there are. */
  index: number;
  count: number;
  /** Why the speech stopped, when the browser said. */
  problem: string;
  voices: SpeechSynthesisVoice[];
  /** Start reading the article (from where it paused), pause, or go on. */
  toggle(): void;
  stop(): void;
  /** Read these parts only (a claim), then stop. */
  readOnly(parts: SpokenPart[]): void;
}

interface Options {
  rate: number;
  /** A voiceURI, or '' for the browser's choice for the article's language. */
  voice: string;
}

export function useReadAloud(root: RefObject<HTMLElement | null>, article: Article | null, options: Options): ReadAloud {
  // looked up when used: the browser's object, as it is then
  const api = speechApi();
  // by the article's words: the same article with its claims read after the first paint reads on; split
  // into sentences only when it is first read aloud, not before the first paint
  const articleParts = useMemo(() => {
    let parts: SpokenPart[] | null = null;
    return () => (parts ??= article ? spokenParts(article) : []);
  }, [article?.title, article?.blocks, article?.lang]);
  const [status, setStatus] = useState<ReadAloudStatus>('idle');
  const [index, setIndex] = useState(0);
  const [parts, setParts] = useState<SpokenPart[]>([]);
  const [problem, setProblem] = useState('');
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => api?.synth.getVoices() ?? []);
  const available = api !== null;
  // each speaking run has its number: events of a cancelled utterance are ignored
  const run = useRef(0);
  const live = useRef({ options, article });
  live.current = { options, article };

  // the voices arrive after the page starts, in some browsers
  useEffect(() => {
    const synth = speechApi()?.synth;
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [available]);

  const speak = (list: SpokenPart[], at: number) => {
    const api = speechApi();
    if (!api) return;
    const mine = ++run.current;
    api.synth.cancel();
    setParts(list);
    setIndex(at);
    setStatus('playing');
    setProblem('');
    const part = list[at];
    const { options, article } = live.current;
    const utterance = new api.Utterance(part.text);
    if (article?.lang) utterance.lang = article.lang;
    utterance.rate = options.rate;
    const voice = options.voice ? api.synth.getVoices().find((v) => v.voiceURI === options.voice) : undefined;
    if (voice) utterance.voice = voice;
    utterance.addEventListener('end', () => {
      if (run.current !== mine) return;
      if (at + 1 < list.length) speak(list, at + 1);
      else finish();
    });
    utterance.addEventListener('error', (event) => {
      if (run.current !== mine) return;
      const error = (event as SpeechSynthesisErrorEvent).error;
      if (error === 'interrupted' || error === 'canceled') return;
      finish();
      setProblem(`Reading aloud stopped: the browser said “${error ?? 'error'}”.`);
    });
    api.synth.speak(utterance);
  };
  const finish = () => {
    run.current++;
    setStatus('idle');
    setIndex(0);
    setParts([]);
  };
  const halt = () => {
    run.current++;
    speechApi()?.synth.cancel();
  };

  // the part being read, marked and kept in view
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    unmarkText(element, MARK_CLASS.speech);
    if (status === 'idle') return;
    const part = parts[index];
    const block = part && (part.block === TITLE_BLOCK ? element.querySelector('#cr-title') : element.querySelector(`.article-body [data-block="${part.block}"]`));
    if (!block || !part) return;
    const marks = part.block === TITLE_BLOCK ? markText(block, 0, block.textContent?.length ?? 0, MARK_CLASS.speech) : markText(block, part.start, part.end, MARK_CLASS.speech);
    const first = marks[0];
    if (first && !inView(first)) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [root, status, parts, index]);

  // a new speed or voice: the sentence again, with it
  const chosen = `${options.rate}|${options.voice}`;
  const lastChosen = useRef(chosen);
  useEffect(() => {
    if (lastChosen.current === chosen) return;
    lastChosen.current = chosen;
    if (status === 'playing') speak(parts, index);
  }, [chosen]);

  // another article, or the reader closed: silence
  useEffect(() => {
    setStatus('idle');
    setIndex(0);
    setParts([]);
    return halt;
  }, [articleParts]);

  return {
    available,
    status,
    index,
    count: parts.length,
    problem,
    voices,
    toggle() {
      if (status === 'playing') {
        halt();
        setStatus('paused');
      } else if (status === 'paused') speak(parts, index);
      else if (articleParts().length > 0) speak(articleParts(), 0);
    },
    stop() {
      halt();
      finish();
    },
    readOnly(list) {
      if (list.length > 0) speak(list, 0);
    },
  };
}

/** Whether an element is within its scrolling view (the reader's dialog), under the toolbar. */
function inView(element: HTMLElement): boolean {
  const scroller = element.closest('dialog') ?? element.ownerDocument.documentElement;
  const box = element.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  return box.top >= view.top + 60 && box.bottom <= view.bottom - 20;
}
