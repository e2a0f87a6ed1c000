let firstPaint: Promise<void> | undefined;

/**
 * Resolves once the page's first contentful paint is on screen (paint timing), at once where the
 * browser does not report paints or the paint is long past, and after `fallbackMs` at the latest.
 * Work that can wait waits for it instead of competing with rendering the first frame (two cores:
 * each ms of script then delays what the user waits for): in the popup the live queries' first
 * re-read and Dexie opening the database; in HubSpot's page the overlay's first decoration.
 */
export function afterFirstPaint(fallbackMs = 250): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, fallbackMs);
    observer.observe({ type: 'paint', buffered: true });
  });
  return firstPaint;
}
