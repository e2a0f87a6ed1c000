import type { Text } from '@/lib/i18n/text';

/**
 * staged/preview and staged/export-page (issue 6): what the popup's confirmation shows about a
 * staged selection before anything is deleted. Made by lib/background/selection-impact.ts and
 * preview-handlers.ts, read by components/confirm.
 */

export interface SampleRecord {
  id: string;
  /** What a person recognises the record by (name, email, deal name…); null when it has none. */
  name: string | null;
}

export interface AssociationImpact {
  objectTypeId: string;
  /** Selected records linked to at least one record of this type (scaled up when estimated). */
  records: number;
  /** Links to records of this type (scaled up when estimated). */
  links: number;
}

export interface OpenPipelineImpact {
  /** '0-3' deals or '0-5' tickets. */
  objectTypeId: string;
  /** Deals/tickets in a stage that is not closed (scaled up when estimated). */
  count: number;
  /** True: associated with the selection; false: part of the selection itself. */
  associated: boolean;
}

/** What HubSpot says about a staged selection before anything is deleted. */
export interface StagedPreview {
  stagedId: string;
  /** Up to 10 records, read by ID. */
  sample: SampleRecord[];
  /** Records of the name sample HubSpot no longer has (already deleted or merged). */
  sampleMissing: number;
  impact: {
    /** Records examined for the impact counts. */
    sampleSize: number;
    /** True when fewer records were examined than selected: the counts are scaled estimates. */
    estimated: boolean;
    associations: AssociationImpact[];
    /** Lists the examined records belong to (names of the first few); null when unreadable. */
    lists: { memberships: number; listCount: number; listNames: string[] } | null;
    openPipeline: OpenPipelineImpact[];
  };
  /** The list the selection came from (list pages only). */
  list?: { listId: string; name: string; processingType: 'MANUAL' | 'SNAPSHOT' | 'DYNAMIC' };
  /** The portal the configured token belongs to, to warn before a job/start refusal. */
  tokenPortalId?: string;
  /** Parts of the preview HubSpot would not give: why, as a Text when known, else in English. */
  gaps: { part: 'sample' | 'associations' | 'lists' | 'pipelines' | 'account'; message: string; text?: Text }[];
}

/** One page of a staged selection's records, read from HubSpot for the backup CSV. */
export interface StagedExportPage {
  records: { id: string; properties: Record<string, string | null> }[];
  /** IDs HubSpot no longer has. */
  missing: string[];
  /** Pass as `offset` for the next page; null after the last. */
  nextOffset: number | null;
  total: number;
}
