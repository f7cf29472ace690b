// The inputs rendered in order, over all cores: worker threads (cli/render-worker.ts) when the command
// runs compiled and there are enough inputs to repay their start (each loads the pipeline, about a
// quarter of a second); otherwise one after another in this thread. Either way the outputs come in the
// order of the inputs, and at most a few per worker wait to be written.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderInput, type Rendered, type RenderOptions } from './render-input.ts';

/** Fewer inputs than this are rendered in this thread: starting workers would cost more than they save. */
const MIN_INPUTS_FOR_WORKERS = 24;
/** Inputs sent ahead to each worker, so that none waits between two. */
const AHEAD_PER_WORKER = 2;

/** The worker's file beside this one when the command runs compiled (dist/render-worker.mjs); none through tsx. */
function workerFile(): URL | null {
  const here = import.meta.url;
  if (!here.endsWith('.mjs')) return null;
  const file = new URL('./render-worker.mjs', here);
  return existsSync(fileURLToPath(file)) ? file : null;
}

/** How many threads render: CRYPTO_READER_THREADS when set (1: no workers), else one a core. */
export function threadCount(inputs: number): number {
  const asked = Number(process.env.CRYPTO_READER_THREADS);
  const threads = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  return inputs < MIN_INPUTS_FOR_WORKERS ? 1 : Math.min(threads, inputs);
}

export interface RenderRun extends AsyncIterable<Rendered> {
  /** Stop early (a full disk): workers end, nothing more is read. */
  stop(): Promise<void>;
}

/** `threads` and `worker` (the worker's script) are the machine's and the build's unless given (tests give them). */
export function renderAll(files: string[], options: RenderOptions, given: { threads?: number; worker?: URL } = {}): RenderRun {
  const threads = given.threads ?? threadCount(files.length);
  const file = threads > 1 ? (given.worker ?? workerFile()) : null;
  return file ? pooled(files, options, file, threads) : inline(files, options);
}

function inline(files: string[], options: RenderOptions): RenderRun {
  let stopped = false;
  return {
    async *[Symbol.asyncIterator]() {
      for (const path of files) {
        if (stopped) return;
        yield renderInput(path, options);
      }
    },
    async stop() {
      stopped = true;
    },
  };
}

function pooled(files: string[], options: RenderOptions, file: URL, threads: number): RenderRun {
  const workerData = { format: options.format, url: options.url, now: options.now?.toISOString(), recurring: options.recurring && [...options.recurring] };
  const workers = Array.from({ length: threads }, () => ({ worker: new Worker(file, { workerData }), inFlight: 0 }));
  /** Rendered inputs not yet taken, by index: at most `window` of them, however slow one input is. */
  const done = new Map<number, Rendered>();
  const window = threads * (AHEAD_PER_WORKER + 2);
  let taken = 0;
  let next = 0;
  let waiting: { index: number; resolve: (rendered: Rendered) => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  /** Send inputs to workers with room, as far as the window allows. */
  const topUp = () => {
    for (const slot of workers) {
      while (slot.inFlight < AHEAD_PER_WORKER && next < files.length && next < taken + window) {
        slot.worker.postMessage({ index: next, path: files[next++] });
        slot.inFlight++;
      }
    }
  };
  for (const slot of workers) {
    slot.worker.on('message', ({ index, rendered }: { index: number; rendered: Rendered }) => {
      slot.inFlight--;
      if (waiting?.index === index) {
        waiting.resolve(rendered);
        waiting = null;
      } else done.set(index, rendered);
      topUp();
    });
    slot.worker.on('error', (error) => {
      failure = error;
      waiting?.reject(error);
    });
  }
  topUp();
  const stop = () => Promise.all(workers.map(({ worker }) => worker.terminate())).then(() => undefined);
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (let index = 0; index < files.length; index++) {
          if (failure) throw failure;
          let rendered = done.get(index);
          if (rendered) done.delete(index);
          else rendered = await new Promise<Rendered>((resolve, reject) => (waiting = { index, resolve, reject }));
          taken = index + 1;
          topUp();
          yield rendered;
        }
      } finally {
        await stop();
      }
    },
    stop,
  };
}
