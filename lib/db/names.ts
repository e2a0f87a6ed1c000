/** The extension's IndexedDB database (Dexie-managed; the popup's first read opens it without Dexie). */
export const DEFAULT_DB_NAME = 'crm-sweep';
