let firstPaint: Promise<void> | undefined;
let waitOver = false;

/**
 * Resolves once the page's first contentful paint is on screen (paint timing), at once where the
 * browser does not report paints or the paint is long past, and after `fallbackMs` at the latest.
 * Work that can wait waits for it instead of competing with rendering the first frame (two cores:
 * each ms of script then delays what the user waits for): in the popup the live queries' first
 * re-read and Dexie opening the database; in HubSpot's page the overlay's first decoration.
 */
export function afterFirstPaint(fallbackMs = 250): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    const over = () => {
      waitOver = true;
      resolve();
    };
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return over();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      over();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, fallbackMs);
    observer.observe({ type: 'paint', buffered: true });
  });
  return firstPaint;
}

/**
 * Whether afterFirstPaint's wait is over (the page has painted, or the wait gave up), at this very
 * moment — not a microtask later, as a `then` on its promise would say.
 */
export function firstPaintIsOver(): boolean {
  return waitOver;
}
