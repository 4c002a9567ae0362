/** The system Chromium (Debian package) the explorer page is measured and tested in. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Launch options for a headless Chromium that stays quiet: no sandbox (it runs in containers), no
 * GPU, and none of the background traffic (updates, sync, QUIC) that would leave the machine.
 */
export function headlessChromiumOptions() {
  return {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}
