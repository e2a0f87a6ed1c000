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
    file: 'lib/db/plan-batches.ts',
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
];

/**
 * TO CONVERT AFTER THE JOBS RESTRUCTURE. lib/jobs and lib/undo are being moved by another change;
 * these sentences are stored in rows (pause reasons, errors, failed records) or thrown to the popup
 * and must become Texts there: `text('<key>', {…})` stored in the row's `text` field beside the
 * English `message` (lib/db/rows.ts), or thrown as a TextError. Suggested keys are in `reason`.
 * Entries here match by text only (`file: '*'`), as their files are about to move.
 */
const convert = (text: string, key: string, where: string): AllowedProse => ({
  file: '*',
  text,
  reason: `${where} → suggested key '${key}'`,
});
export const TO_CONVERT_AFTER_JOBS_RESTRUCTURE: AllowedProse[] = [
  convert(
    'Not deleted by crm-sweep: HubSpot no longer had this record (already deleted or merged).',
    'record.alreadyGone',
    'lib/jobs/delete-batch.ts (FailedRecord)',
  ),
  convert(
    'HubSpot accepted the delete but the record is still there. Retry, or delete it in HubSpot.',
    'record.stillPresent',
    'lib/jobs/delete-batch.ts (FailedRecord)',
  ),
  convert('Paused by you. Nothing more is deleted until you resume.', 'pause.user.detail', 'lib/jobs/engine.ts (PauseReason)'),
  convert(
    '{…} batch(es) could not be completed. The rest is done; you can retry the failed ones.',
    'job.batchesFailed (plural by count)',
    'lib/jobs/engine.ts (Job.error)',
  ),
  convert('HubSpot still has this contact after the permanent delete.', 'record.gdprStillPresent', 'lib/jobs/gdpr-batch.ts (FailedRecord)'),
  convert(
    'HubSpot kept answering "too many requests". Paused; crm-sweep resumes by itself in a minute.',
    'pause.rateLimit.detail',
    'lib/jobs/pause-reasons.ts (PauseReason)',
  ),
  convert(
    'HubSpot could not be reached reliably. Paused; crm-sweep retries by itself in a minute. ({…})',
    'pause.network.detail {detail}',
    'lib/jobs/pause-reasons.ts (PauseReason)',
  ),
  convert('Stopped.', 'pause.stopped', 'lib/jobs/pause-reasons.ts (PauseReason)'),
  convert(
    "Paused to leave HubSpot's daily API allowance for your other tools: {…} calls are left today and {…} are kept in reserve.",
    'pause.dailyReserve.detail {left} {reserve}',
    'lib/jobs/rate-governor.ts (DailyReserveReached → HubSpotError → PauseReason)',
  ),
  convert('HubSpot still lists this record as a member.', 'record.stillMember', 'lib/jobs/remove-from-list-batch.ts (FailedRecord)'),
  convert('The job this undo belongs to no longer exists.', 'undo.jobGone', 'lib/undo/run-undo.ts (Job.error)'),
  convert('The list of this job is unknown.', 'undo.listUnknown', 'lib/undo/run-undo.ts (Job.error)'),
  convert('That batch is no longer in the undo log. Nothing was changed.', 'undo.refused.notInLog', 'lib/undo/start-undo.ts (UndoRefused)'),
  convert(
    'Permanently deleted contacts cannot be brought back: HubSpot keeps nothing, and neither does crm-sweep.',
    'undo.refused.permanent',
    'lib/undo/start-undo.ts (UndoRefused)',
  ),
  convert('An undo cannot itself be undone here. Nothing was changed.', 'undo.refused.undoOfUndo', 'lib/undo/start-undo.ts (UndoRefused)'),
  convert(
    'Pause or let the delete finish before undoing it. Nothing was changed.',
    'undo.refused.running',
    'lib/undo/start-undo.ts (UndoRefused)',
  ),
  convert('An undo of this batch is already under way.', 'undo.refused.open', 'lib/undo/start-undo.ts (UndoRefused)'),
  convert(
    'Nothing in this batch was deleted, so there is nothing to undo.',
    'undo.refused.nothingDeleted',
    'lib/undo/start-undo.ts (UndoRefused)',
  ),
  convert(
    'That batch is no longer in the undo log.',
    'undo.notInLog (exists: same words, used by lib/background/job-handlers.ts)',
    'lib/undo/start-undo.ts (UndoRefused)',
  ),
  convert(
    'No snapshot of this record was kept, so it cannot be re-created.',
    'record.noSnapshot',
    'lib/undo/undo-create-batch.ts (FailedRecord)',
  ),
  convert(
    'Not re-created: contact {…} now has this email address. Merge by hand if needed.',
    'record.emailConflict {contactId}',
    'lib/undo/undo-create-batch.ts (FailedRecord)',
  ),
  convert(
    'Re-created, but HubSpot does not show the new record.',
    'record.recreatedNotVisible',
    'lib/undo/undo-link-batch.ts (FailedRecord)',
  ),
  // Invariants of the job code (developer-only), listed here because their files move too.
  convert('A restorable delete needs its snapshot context.', '— none: developer-only invariant', 'lib/jobs/delete-batch.ts'),
  convert('A remove-from-list job needs its list.', '— none: developer-only invariant', 'lib/jobs/remove-from-list-batch.ts'),
  convert('No batch runner for {…} jobs.', '— none: developer-only invariant', 'lib/jobs/run-job.ts'),
];
