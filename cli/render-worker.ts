// A worker thread of the command (cli/render-pool.ts): renders the inputs it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { renderInput, type RenderOptions } from './render-input.ts';

const { format, url, now, recurring } = workerData as { format: RenderOptions['format']; url?: string; now?: string; recurring?: number[] };
const options: RenderOptions = { format, url, now: now === undefined ? undefined : new Date(now), recurring: recurring && new Set(recurring) };

parentPort!.on('message', ({ index, path }: { index: number; path: string }) => {
  parentPort!.postMessage({ index, rendered: renderInput(path, options) });
});
