// The preload of the sandboxed renderer (built as CommonJS): exposes `window.tsuzuriBridge`, exactly the
// contract's Transport — one call per contract operation, one stream of host events — and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { IPC_EVENT_CHANNEL, ipcChannel, type EventName, type Reply, type Transport } from "../../core/contract/index.js";

/** An operation's name as the contract spells them; the main process answers only the contract's own. */
const OP_NAME = /^[a-z][A-Za-z]{0,63}$/;
const unknownOp = (op: unknown): Reply => ({ ok: false, error: { code: "invalid-argument", message: `Unknown operation: ${String(op)}` } });

const bridge: Transport = {
  call(op, args) {
    if (typeof op !== "string" || !OP_NAME.test(op)) return Promise.resolve(unknownOp(op));
    // A name the main process has no handler for is refused there ("No handler registered").
    return (ipcRenderer.invoke(ipcChannel(op), args) as Promise<Reply>).catch(() => unknownOp(op));
  },
  subscribe(listener) {
    // Only the event's name and payload cross over; never the IpcRendererEvent (it reaches ipcRenderer).
    const handler = (_event: IpcRendererEvent, message: { event: EventName; payload: unknown }) => listener(message.event, message.payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld("tsuzuriBridge", bridge);
