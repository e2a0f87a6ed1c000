import { describe, it } from 'vitest';
import { byRole, toolbarSays, waitFor } from './firefox-page';
import { useFirefoxJourney } from './journey-fixture';

const journey = useFirefoxJourney();

describe('Firefox: a table HubSpot renders after its data', () => {
  // `?render=client`: the page loads without its table and its script puts the table in later, as
  // HubSpot's app does. crm-sweep boxes a table that appears where none was in the animation frame
  // after the page put it in (lib/overlay/table-rows.ts): Firefox runs that frame's callbacks too.
  it('gets a box in front of every row’s name link and the page’s box; picks count in the toolbar', async () => {
    const { sandbox, firefox } = journey;
    const page = await firefox.browser.newPage();
    await page.goto(`${sandbox.url}/contacts/${sandbox.portalId}/objects/0-1/views/all/list?render=client&dataMs=800`);
    const boxed = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('tr[data-test-id^="row-"]')].map(
          (row) => row.querySelector('td[data-column-index="0"] a')?.previousElementSibling?.getAttribute('data-crmx-check') ?? null,
        ),
      );
    // waitFor fails the test if the 25 rows are not all boxed in time.
    await waitFor('the table’s 25 rows, boxed', async () => {
      const found = await boxed();
      return found.length === 25 && found.every((check) => check === 'row');
    });
    await (await page.$('tr[data-test-id^="row-"] input[data-crmx-check="row"]'))!.click();
    await toolbarSays(page, '1 selected');
    await (await byRole(page, 'checkbox', 'Select all 25 records on this page')).click();
    await toolbarSays(page, '25 selected');
  });
});
