// Rendering bodies on every core: a few worker threads, each with its own copy of the Markdown
// pipeline, render the bodies of a large export while the main thread reads posts, fills templates
// and writes files. The same pipeline gives the same HTML in a worker as in the main thread, so
// the output does not depend on where a body was rendered.
//
// A worker runs this very module: in the CLI's bundle it is a chunk that imports the pipeline, run
// from source it is this file (with the parent's --import tsx). Where this module is bundled into
// one file with everything else (the Electron main process), a worker would start the whole
// program, so there bodies are rendered on the main thread.
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { TsuzuriError } from "../../contract/index.js";
import { messageOf } from "../../common/error-message.js";
import { renderBody, type RenderOptions } from "./pipeline.js";
import { RENDER_WORKERS_MAX } from "./constants.js";

const TAG = "tsuzuri-render-worker";

interface Request {
  id: number;
  markdown: string;
  options: RenderOptions;
}
type Reply = { id: number; html: string } | { id: number; error: string };

if (!isMainThread && (workerData as { tag?: unknown } | null)?.tag === TAG && parentPort) {
  const port = parentPort;
  port.on("message", ({ id, markdown, options }: Request) => {
    renderBody(markdown, options).then(
      (html) => port.postMessage({ id, html } satisfies Reply),
      (e: unknown) => port.postMessage({ id, error: messageOf(e) } satisfies Reply),
    );
  });
}

/** Renders Markdown bodies to the pipeline's HTML. */
export interface BodyRenderer {
  render(markdown: string, options?: RenderOptions): Promise<string>;
  /** Stops its workers (pending renders still finish first). */
  close(): Promise<void>;
}

/** Renders on the calling thread. */
export const inThread: BodyRenderer = {
  render: renderBody,
  close: () => Promise.resolve(),
};

/** The file a worker runs (this module), or null where a worker cannot run it alone (see the top of this file). */
function workerEntry(): string | null {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith(".ts") || /[\\/]chunks[\\/][^\\/]+\.js$/.test(file) ? file : null;
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * How many workers to use: TSUZURI_EXPORT_WORKERS when set (0: none), else one per idle core beside
 * the main thread's (cores less the load average), up to RENDER_WORKERS_MAX. Each worker loads its
 * own pipeline and warms it up (a third of a second of CPU): on a busy machine that is time taken
 * from the export, with no idle core to win it back.
 */
function defaultSize(): number {
  const asked = Number.parseInt(process.env.TSUZURI_EXPORT_WORKERS ?? "", 10);
  if (Number.isSafeInteger(asked) && asked >= 0) return Math.min(asked, RENDER_WORKERS_MAX);
  const idle = Math.floor(os.availableParallelism() - (os.loadavg()[0] ?? 0));
  return Math.max(0, Math.min(idle - 1, RENDER_WORKERS_MAX));
}

/**
 * A renderer with `size` workers (see defaultSize; started on first use); with none, or where
 * workers cannot run, it renders on the calling thread. A worker that fails is left, and what it
 * had pending is rendered again elsewhere.
 */
export function renderPool(size = defaultSize()): BodyRenderer {
  const entry = workerEntry();
  if (entry === null || size < 1) return inThread;
  const slots: Slot[] = [];
  const pending = new Map<
    number,
    { markdown: string; options: RenderOptions; slot: Slot; resolve: (html: string) => void; reject: (e: unknown) => void }
  >();
  let nextId = 0;
  let failed = false;

  const start = (): void => {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData: { tag: TAG } });
      const slot: Slot = { worker, busy: 0 };
      worker.on("message", (reply: Reply) => {
        const job = pending.get(reply.id);
        if (!job) return;
        pending.delete(reply.id);
        slot.busy--;
        if ("html" in reply) job.resolve(reply.html);
        else job.reject(new TsuzuriError("internal", `A post could not be rendered: ${reply.error}`));
      });
      worker.on("error", () => lose(slot));
      worker.on("exit", () => lose(slot));
      slots.push(slot);
    }
  };

  // A worker gone: its jobs go to another one, or to this thread when none is left.
  const lose = (slot: Slot): void => {
    const at = slots.indexOf(slot);
    if (at === -1) return;
    slots.splice(at, 1);
    if (!slots.length) failed = true;
    for (const [id, job] of [...pending]) {
      if (job.slot !== slot) continue;
      pending.delete(id);
      send(job.markdown, job.options).then(job.resolve, job.reject);
    }
  };

  const send = (markdown: string, options: RenderOptions = {}): Promise<string> => {
    if (!slots.length && !failed) start();
    const slot = slots.reduce<Slot | undefined>((best, s) => (best === undefined || s.busy < best.busy ? s : best), undefined);
    if (slot === undefined) return inThread.render(markdown, options);
    const id = nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      pending.set(id, { markdown, options, slot, resolve, reject });
      slot.worker.postMessage({ id, markdown, options } satisfies Request);
    });
  };

  return {
    render: send,
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
