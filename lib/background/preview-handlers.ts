import { deleteStagedSelection, getStagedSelection } from '@/lib/db/staged-repo';
import type { CrmSweepDb } from '@/lib/db/schema';
import type { HubSpotApi } from '@/lib/hubspot/api/client';
import type { Handlers } from '@/lib/messaging/router';
import { SELECTION_EXPIRED, StartRefused } from './check-job-start';
import { previewSelection } from './selection-impact';

export interface PreviewDeps {
  db: CrmSweepDb;
  connect(portalId: string): Promise<HubSpotApi>;
}

/** IDs read per export page: five batch reads, a few seconds at a modest rate share. */
export const EXPORT_PAGE_SIZE = 500;

/** staged/preview, staged/export-page and staged/dismiss: the popup's view of a staged selection. */
export function createPreviewHandlers(deps: PreviewDeps): Pick<Handlers, 'staged/preview' | 'staged/export-page' | 'staged/dismiss'> {
  const propertyNames = new Map<string, Promise<string[]>>();
  const staged = async (stagedId: string) => {
    const found = await getStagedSelection(deps.db, stagedId);
    if (!found) throw new StartRefused(SELECTION_EXPIRED);
    return found;
  };
  return {
    'staged/preview': async ({ stagedId }) => {
      const selection = await staged(stagedId);
      return previewSelection(await deps.connect(selection.portalId), selection);
    },
    'staged/export-page': async ({ stagedId, offset }) => {
      const selection = await staged(stagedId);
      const api = await deps.connect(selection.portalId);
      const key = `${selection.portalId}/${selection.objectTypeId}`;
      if (!propertyNames.has(key))
        propertyNames.set(
          key,
          api.metadata.properties(selection.objectTypeId).then((defs) => defs.map((d) => d.name)),
        );
      const properties = await propertyNames.get(key)!.catch((error: unknown) => {
        propertyNames.delete(key);
        throw error;
      });
      const ids = selection.ids.slice(offset, offset + EXPORT_PAGE_SIZE);
      const records: StagedExportRecord[] = [];
      const missing: string[] = [];
      for (let i = 0; i < ids.length; i += 100) {
        const read = await api.objects.batchRead(selection.objectTypeId, ids.slice(i, i + 100), properties);
        records.push(...read.results.map((r) => ({ id: r.id, properties: r.properties })));
        missing.push(...read.missing);
      }
      const next = offset + EXPORT_PAGE_SIZE;
      return { records, missing, nextOffset: next < selection.ids.length ? next : null, total: selection.ids.length };
    },
    'staged/dismiss': async ({ stagedId }) => {
      await deleteStagedSelection(deps.db, stagedId);
      return { dismissed: true };
    },
  };
}

type StagedExportRecord = { id: string; properties: Record<string, string | null> };
