// The preload of the sandboxed renderer (built as CommonJS): exposes `window.tsuzuriBridge`, exactly the
// contract's Transport — one call per contract operation, one stream of host events — and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { IPC_EVENT_CHANNEL, ipcChannel, isOpName, type EventName, type Reply, type Transport } from "../../core/contract/index.js";

const bridge: Transport = {
  call(op, args) {
    if (typeof op !== "string" || !isOpName(op)) {
      return Promise.resolve<Reply>({ ok: false, error: { code: "invalid-argument", message: `Unknown operation: ${String(op)}` } });
    }
    return ipcRenderer.invoke(ipcChannel(op), args) as Promise<Reply>;
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
