import { useSignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect, useRef } from 'preact/hooks';
import { afterFirstPaint } from '@/lib/timing/first-paint';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * A Dexie live query as component state (dexie.org/docs/liveQuery()): the querier re-runs whenever
 * a table it read changes — in this page or in the background's service worker, which Dexie hears
 * through a BroadcastChannel on the extension's origin. No polling, no copied counters.
 * `deps` re-subscribe, as with `useEffect`; the last answer stays on screen until the new one.
 * Subscriptions start once the page's first frame is painted (lib/timing/first-paint.ts).
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[], first?: { value: T }): Live<T> {
  // `first`: the same answer read before the first render (the popup reads its opening data
  // before rendering), so the view paints complete at once instead of "loading" first.
  const state = useSignal<Live<T>>(first ? { status: 'ready', value: first.value } : { status: 'loading' });
  const firstUnconfirmed = useRef(first !== undefined);
  useEffect(() => {
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    void afterFirstPaint().then(() => {
      if (stopped) return;
      subscription = liveQuery(querier).subscribe({
        next: (value) => {
          const shown = state.peek();
          if (firstUnconfirmed.current) {
            firstUnconfirmed.current = false;
            // Usually the same answer again: re-rendering it would only cost a frame.
            if (shown.status === 'ready' && JSON.stringify(shown.value) === JSON.stringify(value)) return;
          }
          state.value = { status: 'ready', value };
        },
        error: (error: unknown) => {
          state.value = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
        },
      });
    });
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
    // The querier is a fresh closure each render; `deps` say when it means something new.
  }, deps);
  return state.value;
}
