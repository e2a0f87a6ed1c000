import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SANDBOX_BUILD_DIR, type LoadedExtension } from '../support/extension';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { expect, test } from './fixtures';
import { extensionTable, openDecoratedTable, sendFromContentScript, stagedSelections } from './extension-pages';
import { hoveredRowBox, tableRows, toolbar } from './page-locators';

/**
 * Issue 7, item 3: a hostile (or compromised) HubSpot page against the real built extension.
 * Everything the page's own scripts can do runs in the page's main world (`page.evaluate`):
 * messages that look like ours, custom and synthetic events, rewritten record IDs in the DOM, a
 * URL naming another portal, and direct calls to the extension. Each case checks that the user
 * sees a clear refusal where there is anything to see, and that nothing changed: no staged
 * selection and no job in the extension's IndexedDB, no archive or create call in the sandbox's
 * call log, nothing selected in the overlay.
 */
const tableUrl = (s: Sandbox, portal: number | string = s.portalId) => `${s.url}/contacts/${portal}/objects/0-1/views/all/list`;
const rowBoxes = (page: Page) => page.locator('input[data-crmx-check="row"]');
const RECORD_ID = /^[1-9]\d{0,19}$/;

async function expectNothingChanged(extension: LoadedExtension, sandbox: Sandbox): Promise<void> {
  expect(await stagedSelections(extension)).toEqual([]);
  expect(await extensionTable(extension, 'jobs')).toEqual([]);
  expect(sandbox.calls.filter({ route: 'batch/archive' })).toEqual([]);
  expect(sandbox.calls.filter({ route: 'batch/create' })).toEqual([]);
  expect(sandbox.calls.filter({ route: 'gdpr-delete' })).toEqual([]);
}

/** The record ID of a table row, as the page's own script would rewrite it. */
const rowIdAt = (page: Page, index: number) =>
  tableRows(page)
    .nth(index)
    .evaluate((row) => row.getAttribute('data-test-id')!.slice(4));

test.describe('a hostile HubSpot page', () => {
  test('look-alike postMessages, custom events and synthetic clicks from the page stage and start nothing', async ({
    sandbox,
    extension,
  }) => {
    const page = await openDecoratedTable(extension, tableUrl(sandbox));
    const ids = sandbox.store
      .listRecords('0-1')
      .slice(0, 3)
      .map((r) => r.id);
    await page.evaluate((ids) => {
      const uuid = '00000000-0000-4000-8000-000000000000';
      const lookalikes: unknown[] = [
        { route: 'selection/stage', payload: { ids, description: 'from the page' } },
        { type: 'selection/stage', ids },
        {
          route: 'selection/resolve',
          payload: { resolveId: uuid, query: { kind: 'view' }, displayedTotal: 200, include: [], exclude: [], description: 'x' },
        },
        { route: 'job/start', payload: { stagedId: uuid, typedCount: String(ids.length), locale: 'en', mode: 'delete' } },
        { type: 'job/start', stagedId: uuid, typedCount: String(ids.length) },
        { route: 'job/undo', payload: { jobId: uuid } },
        { type: 'job/undo', jobId: uuid },
        {
          route: 'settings/save',
          payload: {
            apiBase: 'https://evil.example',
            ratePercent: '100',
            dailyReservePercent: '0',
            retentionDays: '1',
            language: 'en',
            token: 'pat-evil',
          },
        },
      ];
      for (const message of lookalikes) {
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
        window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin, source: window }));
        for (const name of ['selection/stage', 'job/start', 'crm-sweep', 'crm-sweep:stage', 'crmx']) {
          for (const target of [window, document, document.body])
            target.dispatchEvent(new CustomEvent(name, { detail: message, bubbles: true }));
        }
      }
    }, ids);
    // Script-made clicks on crm-sweep's own controls: the row boxes (the mouse brought two), and
    // every button of the action bar (its shadow root is open, so the page can reach it).
    await hoveredRowBox(page, 0);
    await hoveredRowBox(page, 1);
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[data-crmx-check="row"]')!.click();
      document
        .querySelectorAll('input[data-crmx-check="row"]')[1]!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const bar = document.querySelector('crm-sweep-overlay')?.shadowRoot;
      for (const button of bar?.querySelectorAll('button') ?? []) if (/Delete/.test(button.textContent ?? '')) button.click();
    });
    await page.waitForTimeout(1500);
    await expectNothingChanged(extension, sandbox);
    await expect(toolbar(page)).toHaveCount(0);
    await expect(page.locator('input[data-crmx-check]:checked')).toHaveCount(0);
    // The overlay still works for the user afterwards.
    await rowBoxes(page).first().click();
    await expect(toolbar(page)).toContainText('1 selected');
  });

  test('the page cannot reach crm-sweep directly: no externally_connectable, no runtime, no extension pages', async ({
    sandbox,
    extension,
  }) => {
    const manifest = JSON.parse(readFileSync(path.join(SANDBOX_BUILD_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    // Web-accessible: the overlay's module, which the content script imports, and its own chunks
    // (lib/overlay/load-overlay.ts) — on HubSpot's hosts (and the sandbox's loopback) only.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['content-scripts/hubspot-overlay.js', 'content-scripts/overlay-*.js'],
        matches: expect.arrayContaining(['https://app.hubspot.com/*', 'http://127.0.0.1/*']),
      },
    ]);
    const page = await openDecoratedTable(extension, tableUrl(sandbox));
    const ourNodes = await page.locator('[data-crmx]').count();
    const ids = sandbox.store
      .listRecords('0-1')
      .slice(0, 2)
      .map((r) => r.id);
    const attempts = await page.evaluate(
      async ({ extensionId, ids }) => {
        const runtime = (globalThis as any).chrome?.runtime;
        const out: Record<string, string> = { runtime: runtime ? 'present' : 'absent' };
        const message = { route: 'selection/stage', payload: { ids, description: 'from the page' } };
        try {
          out.sendMessage = JSON.stringify(await runtime.sendMessage(extensionId, message));
        } catch (error) {
          out.sendMessage = `refused: ${String(error)}`;
        }
        try {
          runtime.connect(extensionId).postMessage(message);
          out.connect = 'connected';
        } catch (error) {
          out.connect = `refused: ${String(error)}`;
        }
        // The confirmation popup is not a web-accessible resource: the page can neither load nor frame it.
        try {
          out.fetch = `status ${(await fetch(`chrome-extension://${extensionId}/popup.html`)).status}`;
        } catch (error) {
          out.fetch = `refused: ${String(error)}`;
        }
        // The overlay's module is: the page may run a copy in its own world, without the runtime.
        try {
          await import(`chrome-extension://${extensionId}/content-scripts/hubspot-overlay.js`);
          out.importOverlay = 'imported';
        } catch (error) {
          out.importOverlay = `refused: ${String(error)}`;
        }
        return out;
      },
      { extensionId: extension.extensionId, ids },
    );
    expect(attempts).toEqual({
      runtime: 'absent',
      sendMessage: expect.stringMatching(/^refused/),
      connect: expect.stringMatching(/^refused/),
      fetch: expect.stringMatching(/^refused/),
      importOverlay: 'imported',
    });
    // That copy cannot ask the background anything, so it adds nothing and starts nothing; the
    // overlay of the content script's world still works.
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForTimeout(500);
    await expect(page.locator('[data-crmx]')).toHaveCount(ourNodes);
    await expect(await hoveredRowBox(page, 3)).toBeVisible();
    await expectNothingChanged(extension, sandbox);
  });

  test('rows whose record IDs the page rewrote to garbage get no checkbox and are never staged', async ({ sandbox, extension }) => {
    const other = sandbox.store.listRecords('0-1').at(-1)!.id;
    // Before the content script runs (document_idle), the page rewrites seven rows' ID sources.
    await extension.context.addInitScript((other) => {
      document.addEventListener('DOMContentLoaded', () => {
        const rows = [...document.querySelectorAll('tr[data-test-id^="row-"]')];
        const link = (row: Element) => row.querySelector('td[data-column-index="0"] a')!;
        const tamper: ((row: Element, id: string) => void)[] = [
          (row) => row.setAttribute('data-test-id', 'row-12a'),
          (row) => {
            row.setAttribute('data-test-id', `row-${'9'.repeat(25)}`);
            link(row).setAttribute('href', `/contacts/1/record/0-1/${'9'.repeat(25)}`);
          },
          (row) => row.setAttribute('data-test-id', 'row-<img src=x onerror=alert(1)>'),
          (row) => link(row).setAttribute('href', `/contacts/999/record/0-1/${other}`), // another portal's record
          // No record link left: the intact `row-{id}` is the one source, and the row keeps its box.
          (row) => link(row).setAttribute('href', 'javascript:alert(1)'),
          (row, id) => row.setAttribute('data-test-id', `row-0${id}`),
          (row, id) => row.setAttribute('data-test-id', `row-${id} OR 1=1`),
        ];
        (window as any).untouched = [rows[4]!, ...rows.slice(tamper.length)].map((r) => r.getAttribute('data-test-id')!.slice(4));
        tamper.forEach((t, i) => t(rows[i]!, rows[i]!.getAttribute('data-test-id')!.slice(4)));
      });
    }, other);
    const page = await openDecoratedTable(extension, tableUrl(sandbox));
    const untouched: string[] = await page.evaluate(() => (window as any).untouched);
    expect(untouched).toHaveLength(19);
    // The mouse on a tampered row brings no box.
    await tableRows(page).nth(0).hover();
    await page.getByRole('checkbox', { name: 'Select all 19 records on this page' }).click();
    await expect(rowBoxes(page)).toHaveCount(19);
    await expect(tableRows(page).nth(0).locator('[data-crmx]')).toHaveCount(0);
    await expect(toolbar(page)).toContainText('19 selected');
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(page)).toContainText('19 records are ready');
    const staged = await stagedSelections(extension);
    expect(staged).toHaveLength(1);
    expect(staged[0]!.ids.every((id) => RECORD_ID.test(id))).toBe(true);
    expect(new Set(staged[0]!.ids)).toEqual(new Set(untouched));
    expect(staged[0]!.ids).not.toContain(other);
  });

  test('garbage IDs sent from a scripted content-script world are refused with a clear message', async ({ sandbox, extension }) => {
    const page = await openDecoratedTable(extension, tableUrl(sandbox));
    for (const ids of [['12a'], ['<script>alert(1)</script>'], ['9'.repeat(25)], ['0012'], [42]]) {
      const reply = await sendFromContentScript(page, 'selection/stage', { ids, description: 'x' });
      expect(reply).toEqual({
        ok: false,
        error: {
          code: 'invalid-payload',
          message: expect.stringMatching(/^Request refused, nothing was changed: payload\.ids\[0\]: /),
          text: { key: 'request.invalid', params: { problem: expect.stringMatching(/^payload\.ids\[0\]: /) } },
        },
      });
    }
    const start = await sendFromContentScript(page, 'job/start', {
      stagedId: '00000000-0000-4000-8000-000000000000',
      typedCount: '1',
      locale: 'en',
      mode: 'delete',
    });
    expect(start).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: '"job/start" can only be requested from the crm-sweep popup or options page.',
        text: { key: 'request.forbidden', params: { route: 'job/start' } },
      },
    });
    await expectNothingChanged(extension, sandbox);
  });

  test('a row re-rendered as another record after the pick: Delete… is refused and the old record is never staged', async ({
    sandbox,
    extension,
  }) => {
    const page = await openDecoratedTable(extension, tableUrl(sandbox));
    const picked = await rowIdAt(page, 0);
    await (await hoveredRowBox(page, 0)).click();
    await expect(toolbar(page)).toContainText('1 selected');
    // React reuses the row's node for another record: attributes and text change, our box stays.
    const replacement = sandbox.store.listRecords('0-1').at(-1)!;
    await page.evaluate(
      ({ picked, id, name }) => {
        const row = document.querySelector(`tr[data-test-id="row-${picked}"]`)!;
        row.setAttribute('data-test-id', `row-${id}`);
        const link = row.querySelector('td[data-column-index="0"] a')!;
        link.setAttribute('href', link.getAttribute('href')!.replace(/\d+$/, id));
        link.querySelector('span:not([aria-hidden])')!.textContent = name;
      },
      { picked, id: replacement.id, name: `${replacement.properties.firstname} ${replacement.properties.lastname}` },
    );
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(page.getByRole('alert')).toContainText('changed to another record');
    await expect(page.getByRole('alert')).toContainText('Nothing was selected for deletion');
    expect(await stagedSelections(extension)).toEqual([]);
    // The row now offers the record it shows, unticked; picking it stages that record only.
    const box = page.locator(`tr[data-test-id="row-${replacement.id}"] input[data-crmx-check="row"]`);
    await expect(box).not.toBeChecked();
    await box.click();
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(page)).toContainText('1 record is ready');
    expect((await stagedSelections(extension)).map((s) => s.ids)).toEqual([[replacement.id]]);
    await expectNoArchive(sandbox);
  });

  test('a list member re-rendered as another record before the click: the click selects nothing', async ({ sandbox, extension }) => {
    const list = sandbox.store.lists.all().find((l) => l.processingType === 'MANUAL')!;
    const members = new Set(sandbox.store.listMembers(list.listId));
    const outsider = sandbox.store.listRecords('0-1').find((r) => !members.has(r.id))!;
    const page = await openDecoratedTable(extension, `${sandbox.url}/contacts/${sandbox.portalId}/objectLists/${list.listId}`);
    const shown = await rowIdAt(page, 1);
    await hoveredRowBox(page, 1); // its box is made for the record it shows now
    await page.evaluate(
      ({ shown, id }) => {
        const row = document.querySelector(`tr[data-test-id="row-${shown}"]`)!;
        row.setAttribute('data-test-id', `row-${id}`);
        const link = row.querySelector('td[data-column-index="0"] a')!;
        link.setAttribute('href', link.getAttribute('href')!.replace(/\d+$/, id));
      },
      { shown, id: outsider.id },
    );
    await page.locator(`tr[data-test-id="row-${outsider.id}"] input[data-crmx-check="row"]`).click();
    await expect(page.getByRole('alert')).toContainText('changed to another record');
    await expect(page.locator('input[data-crmx-check]:checked')).toHaveCount(0);
    await page.waitForTimeout(300);
    await expectNothingChanged(extension, sandbox);
  });

  test('board cards: garbage or disagreeing IDs get no checkbox; a card re-rendered before the click selects nothing', async ({
    sandbox,
    extension,
  }) => {
    // Cards are rendered by the board's own script; the page rewrites some as they arrive.
    await extension.context.addInitScript(() => {
      const tampered: string[] = [];
      (window as any).tampered = tampered;
      new MutationObserver((records) => {
        for (const r of records) {
          for (const node of r.addedNodes) {
            if (!(node instanceof Element)) continue;
            for (const card of node.matches('[data-test-id="cdb-column-item"]')
              ? [node]
              : node.querySelectorAll('[data-test-id="cdb-column-item"]')) {
              const id = card.getAttribute('data-selenium-id')!;
              const link = card.querySelector('a[data-test-id="board-card-section-title-link"]')!;
              if (id.endsWith('3')) card.setAttribute('data-selenium-id', `${id}<b>`);
              else if (id.endsWith('7')) link.setAttribute('href', link.getAttribute('href')!.replace(/\d+$/, '1234567'));
              else continue;
              tampered.push(id);
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await extension.context.newPage();
    await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-3/views/all/board?pipeline=default&autorefresh=0`);
    await expect(page.getByRole('checkbox', { name: 'Select all in pipeline' })).toBeVisible();
    const cards = page.locator('[data-test-id="cdb-column-item"]');
    const cardBoxes = page.locator('input[data-crmx-check="card"]');
    // The mouse on each of the first cards in turn: the tampered ones get no box.
    for (let i = 0; (await cardBoxes.count()) === 0 && i < 5; i++) await cards.nth(i).hover();
    const tampered: string[] = await page.evaluate(() => (window as any).tampered);
    expect(tampered.length).toBeGreaterThan(0);
    // A pick boxes every card that can have one (a frame at a time); Clear takes it back.
    await cardBoxes.first().click();
    const honest = await cards.evaluateAll(
      (all) =>
        all.filter((c) => {
          const id = c.getAttribute('data-selenium-id')!;
          return (
            /^[1-9]\d*$/.test(id) &&
            c.querySelector('a[data-test-id="board-card-section-title-link"]')!.getAttribute('href')!.endsWith(`/${id}`)
          );
        }).length,
    );
    await expect(cardBoxes).toHaveCount(honest);
    await toolbar(page).getByRole('button', { name: 'Clear' }).click();
    const boxed = await cards.evaluateAll((all) =>
      all.filter((c) => c.querySelector('input[data-crmx-check="card"]')).map((c) => c.getAttribute('data-selenium-id')!),
    );
    for (const id of tampered) expect(boxed).not.toContain(id);
    expect(boxed.every((id) => /^[1-9]\d*$/.test(id))).toBe(true);

    // A clean card is re-rendered as another deal just before the user's click.
    const clean = cards.filter({ has: page.locator('input[data-crmx-check="card"]') }).first();
    const before = (await clean.getAttribute('data-selenium-id'))!;
    const replacement = sandbox.store.listRecords('0-3').find((r) => r.id !== before && !boxed.includes(r.id))!;
    await clean.evaluate((card, id) => {
      card.setAttribute('data-selenium-id', id);
      card.querySelector('[data-rbd-draggable-id]')?.setAttribute('data-rbd-draggable-id', id);
      const link = card.querySelector('a[data-test-id="board-card-section-title-link"]')!;
      link.setAttribute('href', link.getAttribute('href')!.replace(/\d+$/, id));
    }, replacement.id);
    const box = page.locator(`[data-selenium-id="${replacement.id}"] input[data-crmx-check="card"]`);
    await page.locator(`[data-selenium-id="${replacement.id}"]`).hover();
    await box.click();
    await expect(page.getByRole('alert')).toContainText('changed to another record');
    await expect(page.locator('input[data-crmx-check]:checked')).toHaveCount(0);
    // Clicked again, the refreshed box selects the deal the card shows, and only that one.
    await page.locator(`[data-selenium-id="${replacement.id}"]`).hover();
    await page.locator(`[data-selenium-id="${replacement.id}"] input[data-crmx-check="card"]`).click();
    await expect(toolbar(page)).toContainText('1 selected');
    await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
    await expect(toolbar(page)).toContainText('1 record is ready');
    expect((await stagedSelections(extension)).map((s) => s.ids)).toEqual([[replacement.id]]);
    await expectNoArchive(sandbox);
  });

  test('a page of another portal than the token\'s: picks and "select all" are refused with the portals named', async ({
    sandbox,
    extension,
  }) => {
    const foreign = await startSandbox({ port: 0, seed: 2, portalId: 7_777_777 });
    try {
      const page = await openDecoratedTable(extension, tableUrl(foreign));
      await (await hoveredRowBox(page, 0)).click();
      await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(
        `This page is in HubSpot portal ${foreign.portalId}, but crm-sweep's service key belongs to portal ${sandbox.portalId}`,
      );
      await expect(alert).toContainText('Nothing was selected');
      await page.getByRole('checkbox', { name: /^Select all \d+ records on this page$/ }).click();
      await toolbar(page)
        .getByRole('button', { name: /^Select all \d+ records$/ })
        .click();
      await toolbar(page).getByRole('button', { name: 'Delete…' }).click();
      await expect(alert).toContainText(`portal ${foreign.portalId}`);
      expect(foreign.calls.entries()).toEqual([]);
      await expectNothingChanged(extension, sandbox);

      // The right portal's page whose script rewrites its URL to another portal (single-page
      // navigation): the background goes by the tab's current URL (Chromium's sender.url would
      // still name the URL the page was loaded with), and refuses.
      const own = await openDecoratedTable(extension, tableUrl(sandbox));
      await own.evaluate(() => {
        document.querySelector('input[data-crmx-check="page"]')!.setAttribute('data-before-push', '');
        history.pushState({}, '', location.pathname.replace(/^\/contacts\/\d+\//, '/contacts/999/'));
      });
      // The overlay notices the URL change, tears down and starts again for the new URL.
      await expect(own.locator('[data-before-push]')).toHaveCount(0);
      await expect(own.getByRole('checkbox', { name: /^Select all \d+ records on this page$/ })).toBeVisible();
      await (await hoveredRowBox(own, 0)).click();
      await toolbar(own).getByRole('button', { name: 'Delete…' }).click();
      await expect(own.getByRole('alert')).toContainText('This page is in HubSpot portal 999');
      await expectNothingChanged(extension, sandbox);
    } finally {
      await foreign.close();
    }
  });
});

async function expectNoArchive(sandbox: Sandbox): Promise<void> {
  expect(sandbox.calls.filter({ route: 'batch/archive' })).toEqual([]);
}
