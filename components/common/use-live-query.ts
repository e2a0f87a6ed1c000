import { useSignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * A Dexie live query as component state (dexie.org/docs/liveQuery()): the querier re-runs whenever
 * a table it read changes — in this page or in the background's service worker, which Dexie hears
 * through a BroadcastChannel on the extension's origin. No polling, no copied counters.
 * `deps` re-subscribe, as with `useEffect`.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): Live<T> {
  const state = useSignal<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => {
        state.value = { status: 'ready', value };
      },
      error: (error: unknown) => {
        state.value = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) };
      },
    });
    return () => subscription.unsubscribe();
    // The querier is a fresh closure each render; `deps` say when it means something new.
  }, deps);
  return state.value;
}
