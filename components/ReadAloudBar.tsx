// The read-aloud controls, under the toolbar while the reader reads aloud: pause or go on, stop, speed,
// voice (those of the article's language first), and which sentence it is at.
import { SPEECH_RATES, voicesFor } from '../lib/read-aloud.ts';
import type { ReadAloud } from './read-aloud.ts';

interface Props {
  reading: ReadAloud;
  lang: string | null;
  rate: number;
  voice: string;
  onRate(rate: number): void;
  onVoice(voice: string): void;
}

export function ReadAloudBar({ reading, lang, rate, voice, onRate, onVoice }: Props) {
  const voices = voicesFor(reading.voices, lang);
  return (
    <div class="read-aloud" role="group" aria-label="Read aloud" data-testid="read-aloud-bar">
      <button type="button" data-testid="read-aloud-toggle" aria-label={reading.status === 'playing' ? 'Pause reading aloud (L)' : 'Go on reading aloud (L)'} onClick={reading.toggle}>
        {reading.status === 'playing' ? '❚❚ Pause' : '▶ Go on'}
      </button>
      <button type="button" data-testid="read-aloud-stop" onClick={reading.stop}>
        ■ Stop
      </button>
      <label>
        <span class="visually-hidden">Speed</span>
        <select data-testid="read-aloud-rate" value={String(rate)} onChange={(e) => onRate(Number((e.target as HTMLSelectElement).value))}>
          {SPEECH_RATES.map((r) => (
            <option value={String(r)}>{r}×</option>
          ))}
        </select>
      </label>
      <label>
        <span class="visually-hidden">Voice</span>
        <select data-testid="read-aloud-voice" value={voice} onChange={(e) => onVoice((e.target as HTMLSelectElement).value)}>
          <option value="">Default voice</option>
          {voices.map((v) => (
            <option value={v.voiceURI}>
              {v.name} ({v.lang})
            </option>
          ))}
        </select>
      </label>
      <span class="read-aloud-place" data-testid="read-aloud-place">
        Sentence {reading.index + 1} of {reading.count}
      </span>
    </div>
  );
}
