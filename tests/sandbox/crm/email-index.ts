/**
 * Contact email uniqueness (HUBSPOT.md §3 "create many"): an email may belong to one *active*
 * contact at a time, compared case-insensitively. Archiving frees the email; restoring needs it
 * back, which fails while another active contact holds it.
 */
export class EmailIndex {
  private readonly owners = new Map<string, string>();

  /** The active contact ID holding this email, if any. */
  ownerOf(email: string | null | undefined): string | undefined {
    return email ? this.owners.get(email.trim().toLowerCase()) : undefined;
  }

  claim(email: string | null | undefined, contactId: string): void {
    if (email) this.owners.set(email.trim().toLowerCase(), contactId);
  }

  release(email: string | null | undefined, contactId: string): void {
    if (!email) return;
    const key = email.trim().toLowerCase();
    if (this.owners.get(key) === contactId) this.owners.delete(key);
  }
}

/** Thrown when a write would give an email to a second active contact. */
export class ContactConflictError extends Error {
  constructor(readonly existingId: string) {
    // HubSpot's wording; it names only the first conflicting contact.
    super(`Contact already exists. Existing ID: ${existingId}`);
  }
}
