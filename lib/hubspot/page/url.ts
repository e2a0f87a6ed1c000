import { patternBody, RECORD_ID_PATTERN } from '../ids';
import { OBJECT_TYPE_ID_PATTERN, objectTypeFacts, recycleBinPath, STANDARD_OBJECT_TYPES, toObjectTypeId } from '../object-types';

/**
 * Which HubSpot page a URL shows (HUBSPOT.md §5). A table of small matchers, each tested with URLs
 * that must and must not match. The host is not checked here: the manifest's content-script
 * matches decide which hosts we run on (app.hubspot.com, app-eu1.hubspot.com, …).
 */
export type HubSpotPage =
  | { kind: 'table'; portalId: string; objectTypeId: string; viewId: string }
  | { kind: 'board'; portalId: string; objectTypeId: string; viewId: string; pipelineId: string | null }
  | { kind: 'list'; portalId: string; listId: string }
  | { kind: 'record'; portalId: string; objectTypeId: string; recordId: string }
  | { kind: 'recycleBin'; portalId: string; objectTypeId: string };

export type PageKind = HubSpotPage['kind'];

const PORTAL = '(\\d{1,12})';
const TYPE_ID = `(${patternBody(OBJECT_TYPE_ID_PATTERN)})`;
const VIEW = '(all|\\d{1,20})';
/** Record IDs, and list IDs, which have their shape. */
const ID = `(${patternBody(RECORD_ID_PATTERN)})`;
/** The types HubSpot's older index URLs name (HUBSPOT.md §5): a page shape, not a type fact. */
const LEGACY_TYPE = '(contacts|companies|deals|tickets)';
/** The API names of the types with pipeline boards: deals|tickets. */
const BOARD_TYPE = `(${Object.values(STANDARD_OBJECT_TYPES)
  .filter((facts) => facts.board)
  .map((facts) => facts.apiName)
  .join('|')})`;

type Matcher = (m: RegExpMatchArray, params: URLSearchParams) => HubSpotPage | null;

const MATCHERS: [RegExp, Matcher][] = [
  [
    new RegExp(`^/contacts/${PORTAL}/objects/${TYPE_ID}/views/${VIEW}/list/?$`),
    ([, portalId, objectTypeId, viewId]) => ({ kind: 'table', portalId: portalId!, objectTypeId: objectTypeId!, viewId: viewId! }),
  ],
  [
    new RegExp(`^/contacts/${PORTAL}/objects/${TYPE_ID}/views/${VIEW}/board/?$`),
    ([, portalId, objectTypeId, viewId], params) => board(portalId!, objectTypeId!, viewId!, params),
  ],
  [
    new RegExp(`^/contacts/${PORTAL}/(?:objectLists|lists)/${ID}(?:/[a-z-]+)?/?$`),
    ([, portalId, listId]) => ({ kind: 'list', portalId: portalId!, listId: listId! }),
  ],
  [
    new RegExp(`^/contacts/${PORTAL}/record/${TYPE_ID}/${ID}/?$`),
    ([, portalId, objectTypeId, recordId]) => ({ kind: 'record', portalId: portalId!, objectTypeId: objectTypeId!, recordId: recordId! }),
  ],
  // Older shapes still seen: /contacts/{portal}/contacts/list/view/all/ and …/deals/board/view/all/
  [
    new RegExp(`^/contacts/${PORTAL}/${LEGACY_TYPE}/list/view/${VIEW}/?$`),
    ([, portalId, name, viewId]) => ({ kind: 'table', portalId: portalId!, objectTypeId: toObjectTypeId(name!)!, viewId: viewId! }),
  ],
  [
    new RegExp(`^/contacts/${PORTAL}/${BOARD_TYPE}/board/view/${VIEW}/?$`),
    ([, portalId, name, viewId], params) => board(portalId!, toObjectTypeId(name!)!, viewId!, params),
  ],
  [
    new RegExp(`^/${BOARD_TYPE}/${PORTAL}/board/view/${VIEW}/?$`),
    ([, name, portalId, viewId], params) => board(portalId!, toObjectTypeId(name!)!, viewId!, params),
  ],
  [
    new RegExp(`^/recycling-bin/${PORTAL}/restore/${TYPE_ID}/?$`),
    ([, portalId, objectTypeId]) => ({ kind: 'recycleBin', portalId: portalId!, objectTypeId: objectTypeId! }),
  ],
];

function board(portalId: string, objectTypeId: string, viewId: string, params: URLSearchParams): HubSpotPage | null {
  // Only deals and tickets have pipeline boards.
  if (!objectTypeFacts(objectTypeId)?.board) return null;
  const pipeline = params.get('pipeline');
  return { kind: 'board', portalId, objectTypeId, viewId, pipelineId: pipeline && /^[\w-]{1,64}$/.test(pipeline) ? pipeline : null };
}

export function parseHubSpotPage(href: string): HubSpotPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const [pattern, build] of MATCHERS) {
    const m = url.pathname.match(pattern);
    if (m) return build(m, url.searchParams);
  }
  return null;
}

/** The recycle bin, where an admin can restore archived records exactly (HUBSPOT.md §3, §7). */
export function recycleBinUrl(uiOrigin: string, portalId: string, objectTypeId: string): string {
  return `${uiOrigin.replace(/\/$/, '')}${recycleBinPath(portalId, objectTypeId)}`;
}
