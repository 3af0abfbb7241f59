// An optional live link to desktop LiveSplit's server (ws://localhost:16834/livesplit; LiveSplit > Control >
// Start Server (WS)). LiveSplit's own game timer is held still (`alwayspausegametime`, once per connection)
// and told the exact in-game time before each split (`setgametime`, then `split`), so its splits are the
// game's to the tick. The run's start is `starttimer`, a scene is `pausegametime`, a restart `reset`.
// Play going on after a scene sets the exact time again rather than `unpausegametime`: in LiveSplit's
// server that command also ends `alwayspausegametime`, and LiveSplit's own clock would then count the
// game's pauses and the frames between two settings.
// The link is a bystander: a link that fails, drops or throws never stops or slows the game, and
// nothing is queued for later (a split sent late would be a wrong split).

import { ticksToLss } from '../run/lss.ts';

export const LIVESPLIT_URL = 'ws://localhost:16834/livesplit';

/** What the link needs of a WebSocket; the browser's fits, and tests hand in their own. */
export interface LinkSocket {
  readonly readyState: number;
  send(text: string): void;
  close(): void;
  onopen: (() => void) | null;
  onclose: (() => void) | null;
  onerror: (() => void) | null;
}

export type SocketFactory = (url: string) => LinkSocket;

/** off: not asked for; connecting; connected; failed: could not connect; dropped: was connected, then lost. */
export type LinkState = 'off' | 'connecting' | 'connected' | 'failed' | 'dropped';

const OPEN = 1;

/** LiveSplit's time form for setgametime: the .lss file's `hh:mm:ss.fffffff`, the tick to the nearest 100 ns. */
export const liveSplitGameTime = ticksToLss;

function browserSocket(url: string): LinkSocket {
  return new WebSocket(url) as unknown as LinkSocket;
}

export class LiveSplitLink {
  #socket: LinkSocket | null = null;
  #stateNow: LinkState = 'off';
  readonly #createSocket: SocketFactory;
  readonly #url: string;
  /** Told when the state changes (the pause overlay's line). */
  onStateChange: ((state: LinkState) => void) | null = null;

  constructor(options: { readonly url?: string; readonly createSocket?: SocketFactory } = {}) {
    this.#url = options.url ?? LIVESPLIT_URL;
    this.#createSocket = options.createSocket ?? browserSocket;
  }

  get state(): LinkState {
    return this.#stateNow;
  }

  connect(): void {
    if (this.#socket !== null) return;
    this.#setState('connecting');
    let socket: LinkSocket;
    try {
      socket = this.#createSocket(this.#url);
    } catch {
      this.#setState('failed');
      return;
    }
    this.#socket = socket;
    socket.onopen = () => {
      this.#setState('connected');
      // Game time moves only when the game says so: LiveSplit's own clock would count scenes and pauses.
      this.#send('alwayspausegametime');
    };
    const lost = (): void => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      this.#setState(this.#stateNow === 'connected' ? 'dropped' : 'failed');
    };
    socket.onclose = lost;
    socket.onerror = lost;
  }

  disconnect(): void {
    const socket = this.#socket;
    this.#socket = null;
    this.#setState('off');
    try {
      socket?.close();
    } catch {
      // Already closed: nothing to do.
    }
  }

  /** The run's first tick. */
  start(): void {
    this.#send('reset');
    this.#send('starttimer');
    this.#send(`setgametime ${liveSplitGameTime(0)}`);
  }

  /** A split at this many in-game ticks: the time is set exactly first, so LiveSplit splits at it. */
  split(ticks: number): void {
    this.#send(`setgametime ${liveSplitGameTime(ticks)}`);
    this.#send('split');
  }

  /** Keeps LiveSplit's shown game time near the game's between splits. */
  showTime(ticks: number): void {
    this.#send(`setgametime ${liveSplitGameTime(ticks)}`);
  }

  /** A scene holds the in-game time still: LiveSplit's game timer is held too. */
  pauseForScene(): void {
    this.#send('pausegametime');
  }

  /** Play goes on after a scene: the game time stays held, set to where the game's stands. */
  resumeAfterScene(ticks: number): void {
    this.#send(`setgametime ${liveSplitGameTime(ticks)}`);
  }

  reset(): void {
    this.#send('reset');
  }

  #send(command: string): void {
    const socket = this.#socket;
    if (socket === null || socket.readyState !== OPEN) return;
    try {
      socket.send(command);
    } catch {
      // A send that throws is a dropped link: the game plays on.
      this.#socket = null;
      this.#setState('dropped');
    }
  }

  #setState(state: LinkState): void {
    if (state === this.#stateNow) return;
    this.#stateNow = state;
    try {
      this.onStateChange?.(state);
    } catch {
      // A listener's mistake is not the game's.
    }
  }
}
