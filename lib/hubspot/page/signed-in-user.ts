import { queryFirst, USER_SELECTORS } from './selectors';

/**
 * The signed-in HubSpot user the page's header shows: "Name (email)", the name or the email alone,
 * or undefined when the header shows neither. At most 200 characters (the staged row's limit).
 */
export function readSignedInUser(scope: ParentNode): string | undefined {
  const read = (alternatives: readonly string[]) => queryFirst(scope, alternatives)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const name = read(USER_SELECTORS.name);
  const email = read(USER_SELECTORS.email);
  const actor = name && email ? `${name} (${email})` : (name ?? email);
  return actor?.slice(0, 200);
}
