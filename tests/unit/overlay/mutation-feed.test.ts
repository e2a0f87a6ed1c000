// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationFeed, type MutationBatch } from '@/lib/overlay/mutations';
import { frames } from './overlay-harness';

let page = new AbortController();
afterEach(() => {
  vi.restoreAllMocks();
  page.abort();
  page = new AbortController();
});

/** Lets the observer's callbacks run (microtasks), not an animation frame. */
const observerCallbacks = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

/** A page with one <main>, and the batches a feed over its body hands over. */
function feedOnMain(): { batches: MutationBatch[]; main: HTMLElement } {
  document.body.innerHTML = '<main></main>';
  const batches: MutationBatch[] = [];
  new MutationFeed(document.body, page.signal).subscribe((batch) => batches.push(batch));
  return { batches, main: document.querySelector('main')! };
}

describe('mutation feed', () => {
  it('hands the first batch of a frame over in the observer callback, before the page is laid out', async () => {
    document.body.innerHTML = '<main></main>';
    const batches: MutationBatch[] = [];
    new MutationFeed(document.body, page.signal).subscribe((batch) => batches.push(batch));
    const row = document.createElement('tr');
    document.querySelector('main')!.append(row);
    await observerCallbacks();
    expect(batches.map((b) => b.added)).toEqual([[row]]);
  });

  it('later batches of the same frame wait for its animation frame, together', async () => {
    const { batches, main } = feedOnMain();
    main.append(document.createElement('p'));
    await observerCallbacks();
    const [second, third] = [document.createElement('p'), document.createElement('p')];
    main.append(second);
    await observerCallbacks();
    main.append(third);
    await observerCallbacks();
    expect(batches).toHaveLength(1);
    await frames(1);
    expect(batches).toHaveLength(2);
    expect(batches[1]!.added).toEqual([second, third]);
  });

  it('asks for no animation frame of its own after a batch it handed over at once; a frame later, the next goes at once too', async () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const requested = vi.spyOn(window, 'requestAnimationFrame');
    const { batches, main } = feedOnMain();
    main.append(document.createElement('p'));
    await observerCallbacks();
    expect(batches).toHaveLength(1);
    // A frame the browser would not otherwise render only to clear a flag: none.
    expect(requested).not.toHaveBeenCalled();
    now += 17;
    main.append(document.createElement('p'));
    await observerCallbacks();
    expect(batches).toHaveLength(2);
    expect(requested).not.toHaveBeenCalled();
  });
});
