/** A selection the background will not stage, with the reason in the user's words. */
export class SelectionRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelectionRefused';
  }
}
