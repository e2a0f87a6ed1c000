import { findTable, readDisplayedTotal } from './table';

/**
 * A list's page (/contacts/{portal}/objectLists/{listId}): its members are shown in the same index
 * table as the table view (HUBSPOT.md §1, §6), above it the member count ("37 contacts"). What kind
 * of list it is (manual, snapshot, active) is not read from the page: the background asks the
 * lists API, which is the authority for whether members can be removed.
 */
export function findMembersTable(scope: ParentNode = document): HTMLElement | null {
  return findTable(scope);
}

/** "37 contacts" → { count: 37, noun: 'contacts' }: the x of HubSpot's "Select all x contacts". */
export function readMemberTotal(scope: ParentNode = document): { count: number; noun: string } | null {
  return readDisplayedTotal(scope);
}
