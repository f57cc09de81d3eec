import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A "working" flag that turns on only after a delay (300 ms by default), so quick answers
 * never flash a progress indicator (UI.md: a quiet indicator after 300 ms).
 */
export class DelayedFlag implements ReactiveController {
  value = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 300,
  ) {
    host.addController(this);
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.value = true;
      this.host.requestUpdate();
    }, this.delayMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.value) {
      this.value = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }
}
