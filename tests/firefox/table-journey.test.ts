import { describe, expect, it } from 'vitest';
import { byRole, toolbarSays, waitFor } from './firefox-page';
import { useFirefoxJourney } from './journey-fixture';

const journey = useFirefoxJourney();

describe('Firefox: a table HubSpot renders after its data', () => {
  // `?render=client`: the page loads without its table and its script puts the table in later, as
  // HubSpot's app does. crm-sweep puts "select page" into a table that appears where none was; a
  // row gets its box when the mouse comes to it, every row once anything is picked
  // (lib/overlay/table-rows.ts, box-demand.ts): Firefox sends the same pointer events.
  it('a row the mouse comes to gets its box in front of its name link; the first pick boxes every row; picks count in the toolbar', async () => {
    const { sandbox, firefox } = journey;
    const page = await firefox.browser.newPage();
    await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list?render=client&dataMs=800`);
    const boxed = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('tr[data-test-id^="row-"]')].map(
          (row) => row.querySelector('td[data-column-index="0"] a')?.previousElementSibling?.getAttribute('data-crmx-check') ?? null,
        ),
      );
    const pageBox = await byRole(page, 'checkbox', 'Select all 25 records on this page');
    await (await page.$('tr[data-test-id^="row-"] td[data-column-index="0"] a'))!.hover();
    const box = await waitFor('the first row’s box', () => page.$('tr[data-test-id^="row-"] input[data-crmx-check="row"]'));
    expect((await boxed())[0]).toBe('row');
    await box.click();
    await toolbarSays(page, '1 selected');
    // waitFor fails the test if the 25 rows are not all boxed in time.
    await waitFor('the table’s 25 rows, boxed', async () => {
      const found = await boxed();
      return found.length === 25 && found.every((check) => check === 'row');
    });
    await pageBox.click();
    await toolbarSays(page, '25 selected');
  });
});
