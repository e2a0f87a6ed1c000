import { browser } from 'wxt/browser';

/**
 * Shows the confirmation for a staged selection: the toolbar popup where the browser allows it
 * (`action.openPopup`), else a small popup window with the same page.
 */
export async function openConfirmation(stagedId: string): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // Not allowed without a user gesture in this browser, or no focused window: fall back.
  }
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?staged=${encodeURIComponent(stagedId)}`),
    type: 'popup',
    width: 460,
    height: 720,
  });
}
