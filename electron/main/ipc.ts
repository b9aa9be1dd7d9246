// IPC from the contract: one handler per operation (refusing any sender but our window's main frame),
// and every app event forwarded to the window.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from "electron";
import { IPC_EVENT_CHANNEL, ipcChannel, type OpName } from "../../core/contract/index.js";
import { opNames } from "../../core/contract/schema.js";
import type { App } from "../../core/node/app/index.js";
import type { Activity } from "../../core/node/host/index.js";
import { isAppUrl } from "./security.js";

/** True when the call comes from the main frame of our window, showing the app. */
function fromOurWindow(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  return !!win && !win.isDestroyed() && event.sender === win.webContents && !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** What the IPC wiring needs. */
export interface IpcOptions {
  app: App;
  /** The window of the moment (null while none is open). */
  window: () => BrowserWindow | null;
  /** Counts calls in flight, so a closing window can wait for its saves. */
  activity: Activity;
  /** Called after an operation succeeded (e.g. to rebuild the menu when the language changed). */
  afterCall?: (op: OpName) => void;
}

/** Registers the handlers and the event forwarding; returns a function that removes them. */
export function wireIpc({ app, window, activity, afterCall }: IpcOptions): () => void {
  for (const op of opNames) {
    ipcMain.handle(ipcChannel(op), async (event, args: unknown) => {
      if (!fromOurWindow(event, window())) throw new Error(`Refused ${op}: the caller is not the Tsuzuri window.`);
      const end = activity.begin(op);
      try {
        const reply = await app.dispatch(op, args);
        if (reply.ok) afterCall?.(op);
        return reply;
      } finally {
        end();
      }
    });
  }
  const stop = app.onEvent((event, payload) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, { event, payload });
  });
  return () => {
    stop();
    for (const op of opNames) ipcMain.removeHandler(ipcChannel(op));
  };
}
