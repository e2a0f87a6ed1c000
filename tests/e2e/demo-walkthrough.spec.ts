import { runWalkthrough } from '../demo/walkthrough';
import { setExtensionSettings } from './extension-pages';
import { expect, test } from './fixtures';
import { boardUrl } from './page-locators';

/**
 * `npm start`'s headless walkthrough (tests/demo/walkthrough.ts), the README's first command, run
 * as a test: it once went on clicking an undo button that had become the second option, and on
 * English names under `--lang`, with nothing to say so. Dutch here, the language no other journey
 * walks end to end.
 */
test('npm start’s walkthrough picks, deletes and undoes exactly, in the language chosen', async ({ sandbox, extension }, testInfo) => {
  test.setTimeout(120_000);
  await setExtensionSettings(extension, { language: 'nl' });
  const board = await extension.context.newPage();
  await board.goto(boardUrl(sandbox));
  const lines: string[] = [];
  const result = await runWalkthrough(sandbox, extension, board, 'nl', testInfo.outputDir, (line) => lines.push(line));
  expect(result.deleted).toHaveLength(3);
  expect([...result.restored].sort()).toEqual([...result.deleted].sort());
  expect(lines.filter((line) => line.startsWith('  ✓'))).toHaveLength(5);
});
