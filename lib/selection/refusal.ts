/** A selection the background will not stage, with the reason in the user's words. */
export class SelectionRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectionRefused';
  }
}

/** "Remove from list…" staged from a page that is not a list (a forged or confused request). */
export const REMOVE_NEEDS_LIST = '"Remove from list" works on a HubSpot list page only. Nothing was selected.';
