import 'preact';

declare module 'preact' {
  interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
    /**
     * Element Timing (w3c.github.io/element-timing): Chromium reports when this element's own text
     * is painted, under this name. The popup benchmark reads it; browsers without it ignore it.
     */
    elementtiming?: string;
  }
}
