/**
 * A quote's deadline, watched while it lies ahead: its passing changes the answer, so the
 * element asks again just after it. Only a quote has a deadline, and a quote needs the client,
 * so this comes with the lazy chunk.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout's longest delay (about 24.8 days); a later deadline gets an early, harmless re-quote. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class DeadlineWatch implements ReactiveController {
  /** The current quote's deadline (ms) while it lay ahead. */
  private pending: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly passed: () => void,
  ) {
    host.addController(this);
  }

  /** Watches a new quote's deadline, if it still lies ahead. */
  watch(deadline: string | undefined): void {
    const at = deadline === undefined ? NaN : Date.parse(deadline);
    this.pending = at > Date.now() ? at : undefined;
    this.arm();
  }

  hostConnected(): void {
    this.connected = true;
    // At once if it passed while disconnected.
    this.arm();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
  }

  /** Calls `passed` just after the pending deadline. */
  private arm(): void {
    clearTimeout(this.timer);
    if (this.pending === undefined || !this.connected) return;
    const wait = Math.max(0, this.pending + 1 - Date.now());
    this.timer = setTimeout(this.passed, Math.min(wait, MAX_TIMER_MS));
  }
}
