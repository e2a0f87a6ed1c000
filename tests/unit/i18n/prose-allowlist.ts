/**
 * Sentences in shipped code that are allowed outside the catalogue (lib/i18n), each with why.
 * Entries match by file and exact text (a template's `${…}` parts written `{…}`); an entry that no
 * longer matches fails the test, so this list only shrinks as code is converted.
 */
export interface AllowedProse {
  file: string;
  text: string;
  reason: string;
}

/** Developer-only: invariant errors and payload-validator details that no user action can cause. */
const PAYLOAD_DETAIL =
  'Detail of a malformed message (PayloadError): only a bug or a hostile sender gets it, inside the translated "Request refused" text; it names code, not anything the user did.';
const VALIDATOR_DETAILS = [
  'expected a string',
  'longer than {…} characters',
  'has an invalid format',
  'expected a whole number',
  'expected true or false',
  'expected one of {…}',
  'expected a list',
  'more than {…} items',
  'fewer than {…} items',
  'expected an object',
  'is not allowed',
];

export const DEVELOPER_ONLY: AllowedProse[] = [
  ...VALIDATOR_DETAILS.map((text) => ({ file: 'lib/validate/validators.ts', text, reason: PAYLOAD_DETAIL })),
  { file: 'lib/messaging/protocol.ts', text: 'expected a catalogue text', reason: PAYLOAD_DETAIL },
  { file: 'lib/selection/query.ts', text: 'expected view, list or board', reason: PAYLOAD_DETAIL },
  {
    file: 'lib/selection/model.ts',
    text: 'Not a HubSpot record ID: {…}',
    reason: 'TypeError for a caller bug: IDs reach the model from the page adapter, already matched against RECORD_ID_PATTERN.',
  },
  {
    file: 'lib/jobs/core/plan-batches.ts',
    text: 'Batch size must be 1…{…}, got {…}.',
    reason: 'RangeError for a caller bug: the batch size is a constant of the job code, never user input.',
  },
  {
    file: 'lib/hubspot/api/objects.ts',
    text: 'A HubSpot batch holds 1–{…} records, not {…}.',
    reason: 'RangeError for a caller bug: batches are planned at ≤100 before any call.',
  },
  // The staged selection's description is English on purpose, like a log line: the popup shows it
  // only when it speaks English and words the source from the catalogue otherwise
  // (components/confirm/SelectionSummary.tsx).
  {
    file: 'lib/overlay/stage-selection.ts',
    text: '{…}: {…}{…} {…} on the HubSpot {…}',
    reason: 'English description stored with the staged selection (see SelectionSummary.tsx).',
  },
  { file: 'lib/overlay/stage-selection.ts', text: 'Remove from list', reason: 'Part of the English description above.' },
  { file: 'lib/overlay/board-columns.ts', text: 'the whole pipeline', reason: 'Scope label, used only in the English description above.' },
  // HubSpot's own accessible names on its restore page, matched as selector data, never shown.
  ...[
    'button[aria-label="Next page"]',
    'button[aria-label="Previous page"]',
    'select[aria-label="Records per page"]',
    '[role="status"][aria-label="Restore results"]',
  ].map((selector) => ({
    file: 'lib/hubspot/page/selectors.ts',
    text: selector,
    reason: "A selector for HubSpot's own accessible name (RESTORE_SELECTORS), not words crm-sweep shows.",
  })),
];
