/**
 * Calls waiting for the governor to have room. They sleep until their computed delay passes, their
 * signal aborts, or any call is released — then each one looks again (a release may free a slot
 * sooner than the delay said, and the first to look takes it).
 */
export class Waiting {
  private wake: (() => void)[] = [];

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = ms === Infinity ? undefined : setTimeout(done, ms);
      this.wake.push(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  wakeAll(): void {
    const waiting = this.wake;
    this.wake = [];
    for (const resume of waiting) resume();
  }
}
