// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchUrl } from '@/lib/overlay/watch-url';

/** The parts of WXT's context watchUrl uses, stopped by `stop`. */
function fakeContext() {
  const stop = new AbortController();
  const timers: number[] = [];
  const ctx = {
    get isValid() {
      return !stop.signal.aborted;
    },
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, { ...options, signal: stop.signal }),
    setTimeout: (handler: () => void, ms?: number) => {
      const id = window.setTimeout(handler, ms);
      timers.push(id);
      return id;
    },
    setInterval: (handler: () => void, ms?: number) => {
      const id = window.setInterval(handler, ms);
      timers.push(id);
      return id;
    },
  } as unknown as ContentScriptContext;
  return {
    ctx,
    stop: () => {
      stop.abort();
      for (const id of timers) clearTimeout(id);
    },
  };
}

describe('watchUrl', () => {
  let fake: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/contacts/1/objects/0-1/views/all/list');
    fake = fakeContext();
  });
  afterEach(() => {
    fake.stop();
    vi.useRealTimers();
  });

  it('sees a navigation a click started a task later, before any poll', () => {
    const onChange = vi.fn();
    watchUrl(fake.ctx, onChange);
    const link = document.body.appendChild(document.createElement('a'));
    // The page's router pushes the URL in its own click handler, after our capturing listener.
    link.addEventListener('click', () => history.pushState(null, '', '/contacts/1/objects/0-3/views/all/board'));
    link.click();
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a look a click scheduled does not run once the script has stopped', () => {
    const onChange = vi.fn();
    watchUrl(fake.ctx, onChange);
    document.body.click();
    history.pushState(null, '', '/contacts/1/objects/0-3/views/all/board');
    fake.stop();
    vi.advanceTimersByTime(5_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('sees a navigation no click started by its poll, once a second, and only a change', () => {
    const onChange = vi.fn();
    watchUrl(fake.ctx, onChange);
    vi.advanceTimersByTime(3_000);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState(null, '', '/contacts/1/record/0-1/7');
    vi.advanceTimersByTime(999);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('sees back and forward at once, and nothing once the content script stops', () => {
    const onChange = vi.fn();
    watchUrl(fake.ctx, onChange);
    history.pushState(null, '', '/contacts/1/lists');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
    fake.stop();
    history.pushState(null, '', '/contacts/1/objects/0-1/views/all/list');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.body.click();
    vi.advanceTimersByTime(5_000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
