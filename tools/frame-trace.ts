// Stepped frames under a Chromium trace, for the JavaScript-per-frame figures (bench-frames.ts) and their
// diagnosis (profile-frame-tail.ts): each frame between two user-timing marks, whose thread clock gives the
// main thread's own CPU time over the frame beside its wall time (the rest the thread waited: for the
// machine's other jobs, or for the GPU process), and the garbage collections that ran inside it. The
// page's code is passed as text: tsx names functions through a helper (__name) the page does not have.
import type { CDPSession, Page } from '@playwright/test';

export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** The thread's own CPU clock, when the trace has it (microseconds). */
  readonly tts?: number;
  readonly pid: number;
  readonly tid: number;
  /** A metadata event's name (a thread's, a process's); a collection's heap sizes. */
  readonly args?: { readonly name?: string; readonly data?: { readonly usedHeapSizeBefore?: number; readonly usedHeapSizeAfter?: number } };
}

/** A Chromium trace of the categories while `during` runs, over a session of the page or of the browser. */
export async function recordTrace(cdp: CDPSession, categories: readonly string[], during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => {
    cdp.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories] }, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** What the test hook's timedFrame splits a frame into (milliseconds). */
export interface FrameParts {
  readonly step: number;
  readonly events: number;
  readonly draw: number;
  readonly screen: number;
  readonly render: number;
}

export interface TracedFrame {
  readonly parts: FrameParts;
  /** Update plus draw: the game's own JavaScript, what frame/js-per-frame counts. */
  readonly javascript: number;
  /** The whole frame between its marks, render included: wall time and the main thread's CPU time. */
  readonly wall: number;
  readonly cpu: number;
  /**
   * The frame up to its render (the hook's mark before it): where the game's JavaScript runs, with no
   * wait for the GPU process in it. Wall time and the main thread's CPU time.
   */
  readonly updateWall: number;
  readonly updateCpu: number;
  /**
   * Milliseconds of garbage collection on the main thread inside the frame's update (0 when none ran
   * there): what the update's figure bears. One in the render is left out, as the render is.
   */
  readonly collection: number;
  /**
   * Milliseconds the update waited in a GL call for the GPU process (a finish, a readback, a status
   * check, a full command buffer); 0 unless the `gpu` category is traced.
   */
  readonly gpuWaitInUpdate: number;
  /** The main thread's trace events inside the frame (for the diagnosis). */
  readonly inside: readonly TraceEvent[];
}

/**
 * The trace category of V8's collections (its phases as V8.GC_* events, the embedder's prologue and
 * epilogue among them): light enough to keep on while frames are timed, unlike devtools.timeline.
 */
export const COLLECTION_CATEGORY = 'disabled-by-default-v8.gc';

/** The GL client's calls that block the main thread until the GPU process answers (category `gpu`). */
const GPU_WAIT = /WaitForToken|WaitForCmd|WaitForGetOffset|::Finish|CheckFramebufferStatus|ReadPixels|GetError/;

/** Milliseconds the events cover within [start, end] (microseconds), nested and overlapping ones counted once. */
function covered(events: readonly TraceEvent[], start: number, end: number): number {
  let total = 0;
  let reached = start;
  for (const event of events) {
    const from = Math.max(event.ts, reached);
    const to = Math.min(event.ts + (event.dur ?? 0), end);
    if (to > from) total += to - from;
    reached = Math.max(reached, to);
  }
  return total / 1000;
}

/** Steps `count` frames (one tick each, the loop already stopped) with the trace on; the frames in order. */
export async function steppedUnderTrace(page: Page, options: { readonly count: number; readonly categories: string }): Promise<TracedFrame[]> {
  const cdp = await page.context().newCDPSession(page);
  let parts: FrameParts[] = [];
  const events = await recordTrace(cdp, ['blink.user_timing', ...options.categories.split(',')], async () => {
    parts = await page.evaluate<FrameParts[]>(`(() => {
      const hook = window.__analogDreams;
      const taken = [];
      for (let index = 0; index < ${options.count}; index += 1) {
        performance.mark('stepped-start-' + index);
        const timed = hook.timedFrame();
        performance.mark('stepped-end-' + index);
        taken.push({ step: timed.step, events: timed.events, draw: timed.draw, screen: timed.screen, render: timed.render });
      }
      return taken;
    })()`);
  });
  await cdp.detach();
  return framesOf(parts, events);
}

function framesOf(parts: readonly FrameParts[], events: readonly TraceEvent[]): TracedFrame[] {
  const starts = new Map<number, TraceEvent>();
  const ends = new Map<number, TraceEvent>();
  // The hook marks each frame's end of update under one name: the nth belongs to the nth frame.
  const updated = events.filter((event) => event.name === 'timed-frame-updated').sort((a, b) => a.ts - b.ts);
  if (updated.length !== parts.length) throw new Error(`frame-trace: ${updated.length} of ${parts.length} frames marked the end of their update (the test hook's timedFrame marks it)`);
  for (const event of events) {
    const match = /^stepped-(start|end)-(\d+)$/.exec(event.name);
    if (match !== null) (match[1] === 'start' ? starts : ends).set(Number(match[2]), event);
  }
  const first = starts.get(0);
  if (first === undefined) throw new Error('frame-trace: the trace holds none of the frames\' marks (is blink.user_timing traced?)');
  const onMain = events.filter((event) => event.pid === first.pid && event.tid === first.tid && event.ph === 'X').sort((a, b) => a.ts - b.ts);
  return parts.map((part, index) => {
    const start = starts.get(index);
    const end = ends.get(index);
    const middle = updated[index];
    if (start === undefined || end === undefined || middle === undefined || start.tts === undefined || end.tts === undefined || middle.tts === undefined) throw new Error(`frame-trace: frame ${index} has no marks with the thread's clock in the trace`);
    const inside = onMain.filter((event) => event.ts < end.ts && event.ts + (event.dur ?? 0) > start.ts);
    const collection = covered(inside.filter((event) => event.name.startsWith('V8.GC')), start.ts, middle.ts);
    return {
      parts: part,
      javascript: part.step + part.events + part.draw + part.screen,
      wall: (end.ts - start.ts) / 1000,
      cpu: (end.tts - start.tts) / 1000,
      updateWall: (middle.ts - start.ts) / 1000,
      updateCpu: (middle.tts - start.tts) / 1000,
      gpuWaitInUpdate: covered(inside.filter((event) => GPU_WAIT.test(event.name)), start.ts, middle.ts),
      collection,
      inside,
    };
  });
}
