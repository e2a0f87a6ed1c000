import { describe, expect, it } from 'vitest';
import { HUBSPOT_APP_HOSTS, HUBSPOT_CONTENT_MATCHES } from '@/lib/hubspot/page/matches';
import { parseHubSpotPage, recycleBinUrl } from '@/lib/hubspot/page/url';

const H = 'https://app.hubspot.com';

describe('parseHubSpotPage: URLs that must match', () => {
  it.each([
    [`${H}/contacts/123/objects/0-1/views/all/list`, { kind: 'table', portalId: '123', objectTypeId: '0-1', viewId: 'all' }],
    [`${H}/contacts/123/objects/0-2/views/88812/list/`, { kind: 'table', portalId: '123', objectTypeId: '0-2', viewId: '88812' }],
    [
      `https://app-eu1.hubspot.com/contacts/9/objects/2-4711/views/all/list`,
      { kind: 'table', portalId: '9', objectTypeId: '2-4711', viewId: 'all' },
    ],
    [
      `${H}/contacts/123/objects/0-3/views/all/board?pipeline=default`,
      { kind: 'board', portalId: '123', objectTypeId: '0-3', viewId: 'all', pipelineId: 'default' },
    ],
    [`${H}/contacts/123/objects/0-5/views/7/board`, { kind: 'board', portalId: '123', objectTypeId: '0-5', viewId: '7', pipelineId: null }],
    [`${H}/contacts/123/objectLists/55`, { kind: 'list', portalId: '123', listId: '55' }],
    [`${H}/contacts/123/objectLists/55/filters`, { kind: 'list', portalId: '123', listId: '55' }],
    [`${H}/contacts/123/lists/55`, { kind: 'list', portalId: '123', listId: '55' }],
    [
      `${H}/contacts/123/record/0-1/18446744073709551615`,
      { kind: 'record', portalId: '123', objectTypeId: '0-1', recordId: '18446744073709551615' },
    ],
    [`${H}/contacts/123/contacts/list/view/all/`, { kind: 'table', portalId: '123', objectTypeId: '0-1', viewId: 'all' }],
    [`${H}/contacts/123/companies/list/view/all/`, { kind: 'table', portalId: '123', objectTypeId: '0-2', viewId: 'all' }],
    [`${H}/contacts/123/deals/board/view/all/`, { kind: 'board', portalId: '123', objectTypeId: '0-3', viewId: 'all', pipelineId: null }],
    [
      `${H}/deals/123/board/view/all/?pipeline=77`,
      { kind: 'board', portalId: '123', objectTypeId: '0-3', viewId: 'all', pipelineId: '77' },
    ],
    [`${H}/recycling-bin/123/restore/0-1`, { kind: 'recycleBin', portalId: '123', objectTypeId: '0-1' }],
    [
      `http://127.0.0.1:4010/contacts/4242424/objects/0-1/views/all/list?page=2`,
      { kind: 'table', portalId: '4242424', objectTypeId: '0-1', viewId: 'all' },
    ],
  ])('%s', (url, expected) => {
    expect(parseHubSpotPage(url)).toEqual(expected);
  });
});

describe('parseHubSpotPage: URLs that must not match', () => {
  it.each([
    'not a url',
    `${H}/`,
    `${H}/contacts/123`,
    `${H}/contacts/abc/objects/0-1/views/all/list`,
    `${H}/contacts/123/objects/1-1/views/all/list`,
    `${H}/contacts/123/objects/0-1/views/all/kanban`,
    `${H}/contacts/123/objects/0-1/views/all/board`, // contacts have no pipeline board
    `${H}/contacts/123/objects/0-1/views/x/list`,
    `${H}/contacts/123/objectLists/0`,
    `${H}/contacts/123/objectLists/55abc`,
    `${H}/contacts/123/record/0-1/0012`,
    `${H}/contacts/123/record/0-1/12/extra/path`,
    `${H}/contacts/123/calls/list/view/all/`,
    `${H}/reports-dashboard/123/view/1`,
    `${H}/settings/123/objects/contacts`,
    `${H}/contacts/123/objectLists/all`,
  ])('%s', (url) => {
    expect(parseHubSpotPage(url)).toBeNull();
  });

  it('drops a pipeline parameter that is not a plain identifier', () => {
    const page = parseHubSpotPage(`${H}/contacts/1/objects/0-3/views/all/board?pipeline=%3Cscript%3E`);
    expect(page).toMatchObject({ kind: 'board', pipelineId: null });
  });
});

describe('recycleBinUrl', () => {
  it('links to the object type restore page of the portal', () => {
    expect(recycleBinUrl('https://app-eu1.hubspot.com/', '9', '0-3')).toBe('https://app-eu1.hubspot.com/recycling-bin/9/restore/0-3');
  });
});

describe('content-script matches', () => {
  // Match patterns of the form https://host/* (the only form matches.ts uses).
  const covered = (url: string) => HUBSPOT_CONTENT_MATCHES.some((p) => url.startsWith(p.slice(0, -1)));

  it("cover the restore page in every data centre's app host, where the content script selects a batch", () => {
    for (const host of HUBSPOT_APP_HOSTS) expect(covered(recycleBinUrl(`https://${host}`, '9', '0-1')), host).toBe(true);
  });

  it('do not cover other HubSpot hosts', () => {
    expect(covered('https://knowledge.hubspot.com/recycling-bin/9/restore/0-1')).toBe(false);
  });
});
