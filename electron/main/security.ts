// The security checklist of every web contents: no new windows (web links go to the browser), no
// navigation away from the app, no <webview>, no permissions, no downloads.
import { app, session, type WebContents } from "electron";
import { ALLOWED_PERMISSIONS, APP_ORIGIN } from "./constants.js";
import { isExternalUrl, openExternal } from "./external.js";

/** True for a URL of the app itself (tsuzuri://app/…). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Frames may show the app's own pages, and the blank/srcdoc documents the preview uses. */
function mayFrameShow(url: string): boolean {
  return isAppUrl(url) || url === "about:blank" || url === "about:srcdoc";
}

function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrl(url)) void openExternal(url).catch(() => {});
    return { action: "deny" };
  });
  contents.on("will-navigate", (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on("will-frame-navigate", (event) => {
    if (!event.isMainFrame && !mayFrameShow(event.url)) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => event.preventDefault());
}

/** Installs the checklist; call once, before any window is made. */
export function installSecurity(): void {
  app.on("web-contents-created", (_event, contents) => harden(contents));
  app.whenReady().then(
    () => {
      const ses = session.defaultSession;
      ses.setPermissionRequestHandler((contents, permission, callback) =>
        callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL())),
      );
      ses.setPermissionCheckHandler((_contents, permission, origin) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(origin));
      ses.on("will-download", (event) => event.preventDefault());
    },
    () => {},
  );
}
