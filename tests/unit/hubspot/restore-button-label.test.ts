// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { RESTORE_BUTTON_LABEL_MAX, restoreButtonLabel } from '@/lib/hubspot/page/restore-page';

/**
 * HubSpot's Restore button is named in crm-sweep's words as the page labels it, since HubSpot's
 * language can differ from crm-sweep's; anything that is not a button's word gives null (our word).
 */
const page = (button: string) => {
  document.body.innerHTML = `<div data-test-id="restore-page"><div role="toolbar" aria-label="Bulk actions">${button}</div></div>`;
};

describe('restoreButtonLabel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("reads the button's visible label, in whatever language HubSpot shows it", () => {
    page('<button type="button" data-test-id="restore-button">Gendan</button>');
    expect(restoreButtonLabel()).toBe('Gendan');
    page('<button type="button" data-test-id="restore-button">  Restore\n  <span aria-hidden="true"></span></button>');
    expect(restoreButtonLabel()).toBe('Restore');
  });

  it('gives null without the button, with an empty label or one too long to be a word', () => {
    page('<button type="button">Restore</button>');
    expect(restoreButtonLabel()).toBeNull();
    page('<button type="button" data-test-id="restore-button"><svg></svg></button>');
    expect(restoreButtonLabel()).toBeNull();
    page(`<button type="button" data-test-id="restore-button">${'x'.repeat(RESTORE_BUTTON_LABEL_MAX + 1)}</button>`);
    expect(restoreButtonLabel()).toBeNull();
    page('<button type="button" data-test-id="restore-button">\u202eerotseR</button>');
    expect(restoreButtonLabel()).toBeNull();
  });

  it('never takes a look-alike outside a button', () => {
    page('<a data-test-id="restore-button" href="#">Click here to win</a>');
    expect(restoreButtonLabel()).toBeNull();
  });
});
