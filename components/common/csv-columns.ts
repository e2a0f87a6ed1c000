/**
 * Columns put first in exported CSVs, after the record ID: what a person recognises a record by
 * and what HubSpot's import deduplicates on (email for contacts, domain for companies).
 */
export const PREFERRED_COLUMNS: Record<string, string[]> = {
  '0-1': ['email', 'firstname', 'lastname', 'company', 'phone'],
  '0-2': ['name', 'domain'],
  '0-3': ['dealname', 'pipeline', 'dealstage', 'amount', 'closedate'],
  '0-5': ['subject', 'hs_pipeline', 'hs_pipeline_stage'],
  '0-48': ['hs_call_title', 'hs_timestamp'],
};
