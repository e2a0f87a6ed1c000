// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecorationQueue } from '@/lib/overlay/decoration-queue';

/** Animation frames run when the test says; the clock moves 1 ms per decorated node. */
let frames: FrameRequestCallback[] = [];
let now = 0;
beforeEach(() => {
  frames = [];
  now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A source decorated node by node. */
const byNode = (decorate: (el: Element) => void) => (chunk: readonly Element[]) => chunk.forEach(decorate);

function runFrame(): void {
  const due = frames;
  frames = [];
  due.forEach((cb) => cb(now));
}

function nodes(n: number, attached = true): Element[] {
  return Array.from({ length: n }, (_, i) => {
    const el = document.createElement('div');
    el.id = `n${i}`;
    if (attached) document.body.append(el);
    return el;
  });
}

describe('DecorationQueue', () => {
  it('decorates a source a slice per frame within the budget, in order, and reports when drained', () => {
    const seen: string[] = [];
    const drained = vi.fn();
    const decorate = (el: Element) => {
      seen.push(el.id);
      now += 1;
    };
    const queue = new DecorationQueue('test', decorate, new AbortController().signal, drained);
    const all = nodes(100);
    queue.addFrom(() => all, byNode(decorate));
    expect(seen).toHaveLength(0); // nothing before the frame
    runFrame();
    // The clock is read every 32 nodes: the 8 ms budget ends the slice at the first look past it.
    expect(seen).toHaveLength(32);
    while (frames.length > 0) runFrame();
    expect(seen).toEqual(all.map((n) => n.id));
    expect(drained).toHaveBeenCalledTimes(1);
  });

  it('flush also decorates what draining queued (the rows a first pass did not reach)', () => {
    const seen: string[] = [];
    const rest = nodes(3);
    let queuedRest = false;
    const queue: DecorationQueue = new DecorationQueue(
      'test',
      (el) => seen.push(el.id),
      new AbortController().signal,
      () => {
        if (queuedRest) return;
        queuedRest = true;
        queue.add(rest);
      },
    );
    queue.addFrom(
      () => nodes(5),
      (chunk) => seen.push(...chunk.map((el) => `first:${el.id}`)),
    );
    queue.flush();
    expect(seen).toEqual(['first:n0', 'first:n1', 'first:n2', 'first:n3', 'first:n4', 'n0', 'n1', 'n2']);
  });

  it('marks a drain of 1,000 nodes or more for the benchmark, not a table page of 100', () => {
    const marks = () => performance.getEntriesByName('crm-sweep:decorated').length;
    const before = marks();
    const small = new DecorationQueue('small', () => undefined, new AbortController().signal);
    small.add(nodes(100));
    small.flush();
    expect(marks()).toBe(before);
    const large = new DecorationQueue('large', () => undefined, new AbortController().signal);
    large.add(nodes(1000));
    large.flush();
    expect(marks()).toBe(before + 1);
    const mark = performance.getEntriesByName('crm-sweep:decorated').at(-1) as PerformanceMark;
    expect(mark.detail).toMatchObject({ kind: 'large', count: 1000 });
  });

  it('queued nodes: the same node once, detached ones skipped; a new source keeps the rest of the old one', () => {
    const seen: string[] = [];
    const queue = new DecorationQueue('test', (el) => seen.push(el.id), new AbortController().signal);
    const [a, b] = nodes(2);
    const [gone] = nodes(1, false);
    queue.add([a!, b!, a!, gone!]);
    runFrame();
    expect(seen).toEqual(['n0', 'n1']);

    seen.length = 0;
    const slowly = (el: Element) => {
      seen.push(el.id);
      now += 1;
    };
    const slow = new DecorationQueue('slow', slowly, new AbortController().signal);
    const first = nodes(40);
    slow.addFrom(() => first, byNode(slowly));
    runFrame(); // 32 of the first source
    expect(seen).toHaveLength(32);
    const second = nodes(3).map((n, i) => Object.assign(n, { id: `s${i}` }));
    slow.addFrom(() => second, byNode(slowly));
    while (frames.length > 0) runFrame();
    expect(seen.filter((id) => id.startsWith('s'))).toEqual(['s0', 's1', 's2']);
    expect(seen.filter((id) => id.startsWith('n'))).toEqual(first.map((n) => n.id));
  });

  it('sources in the order added, each to its own chunk function; short sources still end a slice on the budget', () => {
    const seen: string[] = [];
    const queue = new DecorationQueue('test', () => undefined, new AbortController().signal);
    // Three "columns" of 10 nodes: no chunk is a full 32, so the clock must be read after each.
    const columns = [0, 1, 2].map((c) => nodes(10).map((n, i) => Object.assign(n, { id: `c${c}n${i}` })));
    columns.forEach((column, c) =>
      queue.addFrom(
        () => column,
        (chunk) => {
          for (const node of chunk) seen.push(`${c}:${node.id}`);
          now += 5;
        },
      ),
    );
    runFrame();
    // 5 ms, then 10 ms (past the 8 ms budget): two columns in the first frame, the third in the next.
    expect(seen).toHaveLength(20);
    while (frames.length > 0) runFrame();
    expect(seen).toEqual(columns.flatMap((column, c) => column.map((n) => `${c}:${n.id}`)));
  });

  it('stops on abort', () => {
    const decorate = vi.fn();
    const page = new AbortController();
    const queue = new DecorationQueue('test', decorate, page.signal);
    queue.addFrom(() => nodes(5), byNode(decorate));
    page.abort();
    runFrame();
    queue.add(nodes(2));
    runFrame();
    expect(decorate).not.toHaveBeenCalled();
  });
});
