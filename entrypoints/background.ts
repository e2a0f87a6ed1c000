import { startBackground } from '@/lib/background/start';

export default defineBackground({
  type: 'module',
  // Listeners must be registered synchronously so a woken service worker never misses its event.
  main: () => startBackground(),
});
