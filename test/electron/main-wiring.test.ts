// electron/main run against a stand-in `electron` module (fake-electron.ts), so the shell's wiring is
// checked on every machine, with or without an Electron binary: the window's web preferences, the
// tsuzuri:// scheme, the IPC sender check, menu commands, and quitting only after the renderer saved.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { access, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RENDERER_CSP } from "../../core/common/csp.js";
import { SINGLE_FILE_CSP } from "../../core/common/export/index.js";
import { COMMAND_KEYS, IPC_EVENT_CHANNEL } from "../../core/contract/index.js";
import { bootMain, until, type BootedMain } from "./boot-main.js";
import { FAKE_PDF, state, type FakeWindow } from "./fake-electron.js";

const PNG = Buffer.from("89504e470d0a1a0a", "hex");

describe("electron main (against a stand-in electron module)", () => {
  let tmp: string;
  let journal: string;
  let userData: string;
  let win: FakeWindow;
  let main: BootedMain;
  const invoke: BootedMain["invoke"] = (op, args, from) => main.invoke(op, args, from);

  before(async () => {
    tmp = await mkdtemp(join(tmpdir(), "tsuzuri-electron-main-"));
    journal = join(tmp, "journal");
    userData = join(tmp, "user-data");
    await mkdir(join(journal, "images"), { recursive: true });
    await writeFile(join(journal, "images", "cat.png"), PNG);
    main = await bootMain(["--journal", journal, `--user-data=${userData}`]);
    win = main.win;
  });
  after(async () => {
    await main?.cleanUp();
    await rm(tmp, { recursive: true, force: true });
  });

  test("--journal and --user-data are honoured", async () => {
    assert.equal(state().app.getPath("userData"), userData);
    const reply = await invoke("getJournal", {});
    assert.ok(reply.ok);
    assert.equal((reply.value as { dir: string }).dir, journal);
  });

  test("the window is sandboxed and isolated, uses the preload, and stays hidden until ready", () => {
    const o = win.options as { show: boolean; webPreferences: Record<string, unknown> };
    assert.equal(o.show, false);
    assert.equal(o.webPreferences.contextIsolation, true);
    assert.equal(o.webPreferences.sandbox, true);
    assert.equal(o.webPreferences.nodeIntegration, false);
    assert.equal(o.webPreferences.webSecurity, true);
    assert.match(String(o.webPreferences.preload), /preload\.cjs$/);
  });

  test("tsuzuri:// is privileged and serves the page with the CSP header, journal images by the serve rules", async () => {
    assert.deepEqual(state().schemes, [{ scheme: "tsuzuri", privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const handle = state().protocolHandlers.get("tsuzuri")!;
    const page = await handle(new Request("tsuzuri://app/"));
    assert.equal(page.status, 200);
    assert.equal(page.headers.get("content-security-policy"), RENDERER_CSP);
    assert.match(await page.text(), /<title>wiring<\/title>/);
    const img = await handle(new Request("tsuzuri://app/journal/images/cat.png"));
    assert.equal(img.status, 200);
    assert.equal(img.headers.get("content-type"), "image/png");
    assert.equal(img.headers.get("x-content-type-options"), "nosniff");
    for (const url of [
      "tsuzuri://app/journal/%2e%2e/%2e%2e/etc/passwd",
      "tsuzuri://app/journal/images/..%2f..%2f..%2fetc%2fpasswd",
      "tsuzuri://other/index.html",
      "tsuzuri://app/journal/.tsuzuri/index.json",
    ]) {
      assert.equal((await handle(new Request(url))).status, 404, url);
    }
  });

  test("IPC answers only the main frame of our window showing the app", async () => {
    const ok = await invoke("hostInfo", {});
    assert.ok(ok.ok);
    assert.deepEqual(
      { ...(ok.value as object), platform: undefined },
      { kind: "electron", lang: null, assetBase: "tsuzuri://app/journal/", pdf: true, platform: undefined },
    );
    await assert.rejects(invoke("listPosts", {}, { frame: { parent: {}, url: "tsuzuri://app/" } }), /not the Tsuzuri window/);
    await assert.rejects(invoke("listPosts", {}, { frame: { parent: null, url: "https://evil.example/" } }), /not the Tsuzuri window/);
    await assert.rejects(invoke("listPosts", {}, { sender: {} }), /not the Tsuzuri window/);
    await assert.rejects(invoke("listPosts", {}, { frame: null }), /not the Tsuzuri window/);
  });

  test("new windows are denied; web links go to the system browser, other schemes nowhere", () => {
    const open = win.webContents.openHandler!;
    assert.equal(open({ url: "https://example.com/" }).action, "deny");
    assert.equal(open({ url: "file:///etc/passwd" }).action, "deny");
    assert.deepEqual(state().opened, ["https://example.com/"]);
    let prevented = false;
    win.webContents.emit("will-navigate", { url: "https://evil.example/", preventDefault: () => (prevented = true) });
    assert.ok(prevented);
  });

  test("permissions are denied by default: only the sanitised clipboard write, only for the app's own page", () => {
    const s = state();
    const { permissionRequest: request, permissionCheck: check } = s;
    assert.ok(request && check, "both permission handlers installed");
    const ask = (url: string, permission: string) => {
      let granted: boolean | null = null;
      request({ getURL: () => url }, permission, (g) => (granted = g));
      return granted;
    };
    for (const permission of [
      "media",
      "geolocation",
      "notifications",
      "clipboard-read",
      "openExternal",
      "fullscreen",
      "pointerLock",
      "midi",
      "hid",
      "serial",
      "usb",
      "unknown-new-thing",
    ]) {
      assert.equal(ask("tsuzuri://app/", permission), false, `request ${permission}`);
      assert.equal(check(null, permission, "tsuzuri://app"), false, `check ${permission}`);
    }
    assert.equal(ask("tsuzuri://app/", "clipboard-sanitized-write"), true);
    assert.equal(ask("https://evil.example/", "clipboard-sanitized-write"), false, "not for another page");
    assert.equal(check(null, "clipboard-sanitized-write", "https://evil.example"), false);
    let downloadPrevented = false;
    for (const l of s.sessionListeners.get("will-download") ?? []) l({ preventDefault: () => (downloadPrevented = true) });
    assert.ok(downloadPrevented, "downloads are refused");
  });

  test("navigation away from the app, foreign frames and <webview> are refused; new windows never open", () => {
    const contents = win.webContents;
    const navigate = (event: string, url: string, extra: Record<string, unknown> = {}) => {
      let prevented = false;
      contents.emit(event, { url, ...extra, preventDefault: () => (prevented = true) });
      return prevented;
    };
    for (const url of [
      "https://evil.example/",
      "file:///etc/passwd",
      "tsuzuri://other/",
      "javascript:alert(1)",
      "data:text/html,<script>1</script>",
      "about:blank",
    ]) {
      assert.ok(navigate("will-navigate", url), `will-navigate ${url}`);
    }
    assert.ok(!navigate("will-navigate", "tsuzuri://app/"), "the app may reload itself");
    assert.ok(navigate("will-frame-navigate", "https://evil.example/", { isMainFrame: false }), "a frame to the web");
    assert.ok(navigate("will-frame-navigate", "file:///etc/passwd", { isMainFrame: false }), "a frame to a file");
    assert.ok(!navigate("will-frame-navigate", "about:srcdoc", { isMainFrame: false }), "the preview's srcdoc frame");
    assert.ok(navigate("will-attach-webview", "tsuzuri://app/"), "<webview>");
    const open = contents.openHandler!;
    const before = state().opened.length;
    for (const url of [
      "javascript:alert(1)",
      "tsuzuri://app/",
      "about:blank",
      "data:text/html,x",
      "smb://host/share",
      "ms-msdt:/id",
      "vbscript:msgbox",
    ]) {
      assert.equal(open({ url }).action, "deny", url);
    }
    assert.equal(state().opened.length, before, "none of them went to the system");
  });

  test("openExternal hands only http, https and mailto links to the system", async () => {
    const s = state();
    s.opened.length = 0;
    for (const url of ["https://example.com/a?b=c", "http://example.com/", "mailto:someone@example.com"]) {
      assert.deepEqual(await invoke("openExternal", { url }), { ok: true, value: { opened: true } }, url);
    }
    for (const url of [
      "file:///etc/passwd",
      "javascript:alert(1)",
      "smb://host/share",
      "ms-msdt:/id",
      "tsuzuri://app/",
      "vscode://x",
      "  ",
      "not a url",
      "//example.com/",
    ]) {
      const reply = await invoke("openExternal", { url });
      assert.ok(!reply.ok || !(reply.value as { opened: boolean }).opened, `${url} is not opened`);
    }
    assert.deepEqual(s.opened, ["https://example.com/a?b=c", "http://example.com/", "mailto:someone@example.com"]);
  });

  test("the journal protocol cannot leave the journal: no climbing, no absolute paths, no symlinks out, no posts or app data", async () => {
    const handle = state().protocolHandlers.get("tsuzuri")!;
    const outside = join(tmp, "outside");
    await mkdir(outside, { recursive: true });
    await writeFile(join(outside, "secret.png"), PNG);
    await symlink(join(outside, "secret.png"), join(journal, "images", "escape.png"));
    await symlink(outside, join(journal, "linked-folder"));
    await mkdir(join(journal, "posts"), { recursive: true });
    await writeFile(join(journal, "posts", "p.md"), "# post");
    const refused = [
      "tsuzuri://app/journal/images/escape.png",
      "tsuzuri://app/journal/linked-folder/secret.png",
      "tsuzuri://app/journal/%2Fetc%2Fpasswd",
      `tsuzuri://app/journal/${encodeURIComponent(join(outside, "secret.png"))}`,
      "tsuzuri://app/journal/..%5c..%5csecret.png",
      "tsuzuri://app/journal/images/%00.png",
      "tsuzuri://app/journal/posts/p.md",
      "tsuzuri://app/journal/.tsuzuri/index.json",
      "tsuzuri://app/%2e%2e/package.json",
      "tsuzuri://app/..%2f..%2fpackage.json",
    ];
    for (const url of refused) assert.equal((await handle(new Request(url))).status, 404, url);
    assert.equal((await handle(new Request("tsuzuri://app/journal/images/cat.png", { method: "POST", body: "x" }))).status, 405);
    assert.equal(
      (await handle(new Request("tsuzuri://app/journal/images/cat.png"))).status,
      200,
      "while the journal's own image is served",
    );
  });

  test("showInFolder never launches anything: a folder (even an .app) is shown selected, not opened", async () => {
    const s = state();
    s.shown.length = 0;
    const bundle = join(journal, "Evil.app");
    await mkdir(join(bundle, "Contents", "MacOS"), { recursive: true });
    assert.deepEqual(await invoke("showInFolder", { path: bundle }), { ok: true, value: { shown: true } });
    assert.deepEqual(await invoke("showInFolder", { path: join(journal, "images") }), { ok: true, value: { shown: true } });
    assert.deepEqual(s.shown, [bundle, join(journal, "images")]);
    assert.deepEqual(s.launched, [], "shell.openPath is never called");
  });

  test("the menu's New Post sends the command to the renderer, leaving its shortcut to the renderer", () => {
    type Item = { label?: string; submenu?: Item[]; click?: () => void; registerAccelerator?: boolean; accelerator?: string };
    const items = (state().menuTemplate as Item[]).flatMap((m) => m.submenu ?? []);
    const newPost = items.find((i) => i.label === "New Post");
    assert.ok(newPost?.click);
    assert.equal(newPost.accelerator, "CmdOrCtrl+N");
    assert.equal(newPost.registerAccelerator, false);
    newPost.click();
    assert.deepEqual(win.webContents.sent.at(-1), {
      channel: IPC_EVENT_CHANNEL,
      message: { event: "command", payload: { name: "newPost" } },
    });
  });

  test("zooming takes Shift, leaving Mod+= and Mod+- to the editor's heading level", () => {
    type Item = { role?: string; submenu?: Item[]; accelerator?: string };
    const items = (state().menuTemplate as Item[]).flatMap((m) => m.submenu ?? []);
    assert.equal(items.find((i) => i.role === "zoomIn")?.accelerator, "CmdOrCtrl+Shift+=");
    assert.equal(items.find((i) => i.role === "zoomOut")?.accelerator, "CmdOrCtrl+Shift+-");
    const taken = items.map((i) => i.accelerator).filter(Boolean);
    assert.ok(!taken.includes("CmdOrCtrl+=") && !taken.includes("CmdOrCtrl+Plus") && !taken.includes("CmdOrCtrl+-"));
  });

  test("the menu has Import and the two exports (File), Search Journal (Edit), Go to Post (View), each sending its command", () => {
    type Item = { label?: string; submenu?: Item[]; click?: () => void; registerAccelerator?: boolean; accelerator?: string };
    const menus = state().menuTemplate as Item[];
    const labels = (name: string) => (menus.find((m) => m.label === name)?.submenu ?? []).map((i) => i.label).filter(Boolean);
    for (const l of ["Import…", "Export Post as HTML…", "Export Journal as Site…"]) assert.ok(labels("File").includes(l), `File has ${l}`);
    assert.ok(labels("Edit").includes("Search Journal"));
    assert.ok(labels("View").includes("Go to Post…"));
    const items = menus.flatMap((m) => m.submenu ?? []);
    const expected: [string, string, string | undefined][] = [
      ["Import…", "importSource", undefined],
      ["Export Post as HTML…", "exportPost", undefined],
      ["Export Journal as Site…", "exportSite", undefined],
      ["Search Journal", "searchJournal", "CmdOrCtrl+Shift+F"],
      ["Go to Post…", "goToPost", "CmdOrCtrl+P"],
      ["Insert Image…", "insertImage", "CmdOrCtrl+Shift+I"],
      // The renderer's command (saved first, then its folder dialog through pickPath), not the main process's.
      ["Open Journal…", "openJournal", "CmdOrCtrl+O"],
    ];
    for (const [label, name, accelerator] of expected) {
      const item = items.find((i) => i.label === label)!;
      assert.equal(item.accelerator, accelerator, `${label}: shortcut`);
      if (accelerator) assert.equal(item.registerAccelerator, false, `${label}: the renderer handles the key`);
      item.click!();
      assert.deepEqual(win.webContents.sent.at(-1), { channel: IPC_EVENT_CHANNEL, message: { event: "command", payload: { name } } });
    }
  });

  test("every menu command shows the first of its keys in COMMAND_KEYS, and no two menu items share a shortcut", () => {
    type Item = { submenu?: Item[]; click?: () => void; accelerator?: string };
    const items = (state().menuTemplate as Item[]).flatMap((m) => m.submenu ?? []);
    let commands = 0;
    for (const item of items.filter((i) => i.click)) {
      const sent = win.webContents.sent.length;
      item.click!();
      const message = win.webContents.sent.at(-1)?.message as
        { event?: string; payload?: { name?: keyof typeof COMMAND_KEYS } } | undefined;
      if (win.webContents.sent.length === sent || message?.event !== "command" || !message.payload?.name) continue;
      commands++;
      assert.equal(item.accelerator, COMMAND_KEYS[message.payload.name][0] as string | undefined, `${message.payload.name}: shortcut`);
    }
    assert.ok(commands >= 20, `the menu sends most commands (${commands})`);
    const taken = items.map((i) => i.accelerator).filter(Boolean);
    assert.deepEqual(
      taken.filter((a, i) => taken.indexOf(a) !== i),
      [],
      "no shortcut twice",
    );
  });

  test("pickPath shows native dialogs (a save dialog; on Linux, file or folder first for an import); showInFolder reveals the file", async () => {
    const s = state();
    s.dialogs.length = 0;
    s.answers.push("/home/me/post.html");
    assert.deepEqual(await invoke("pickPath", { purpose: "export-file", suggestedName: "post.html" }), {
      ok: true,
      value: { supported: true, path: "/home/me/post.html" },
    });
    assert.equal(s.dialogs[0]?.kind, "save");
    assert.match(String(s.dialogs[0]?.options.defaultPath), /post\.html$/);

    s.answers.push("/home/me/site");
    assert.deepEqual(await invoke("pickPath", { purpose: "export-folder" }), {
      ok: true,
      value: { supported: true, path: "/home/me/site" },
    });
    assert.deepEqual(s.dialogs[1]?.options.properties, ["openDirectory", "createDirectory"]);

    s.dialogs.length = 0;
    s.answers.push(1, "/home/me/vault");
    assert.deepEqual(await invoke("pickPath", { purpose: "import-source" }), {
      ok: true,
      value: { supported: true, path: "/home/me/vault" },
    });
    if (process.platform === "darwin") return;
    assert.deepEqual(
      s.dialogs.map((d) => d.kind),
      ["message", "open"],
    );
    assert.deepEqual(s.dialogs[0]?.options.buttons, ["File…", "Folder…", "Cancel"]);
    assert.deepEqual(s.dialogs[1]?.options.properties, ["openDirectory"]);
    s.dialogs.length = 0;
    s.answers.push(0, "/home/me/blog.export.txt");
    assert.deepEqual(await invoke("pickPath", { purpose: "import-source" }), {
      ok: true,
      value: { supported: true, path: "/home/me/blog.export.txt" },
    });
    assert.deepEqual(s.dialogs[1]?.options.properties, ["openFile"]);
    s.dialogs.length = 0;
    assert.deepEqual(
      await invoke("pickPath", { purpose: "import-source" }),
      { ok: true, value: { supported: true, path: null } },
      "cancelled at the question",
    );
    assert.equal(s.dialogs.length, 1);

    s.dialogs.length = 0;
    s.answers.push("/home/me/Pictures/dinner.jpg");
    assert.deepEqual(await invoke("pickPath", { purpose: "image" }), {
      ok: true,
      value: { supported: true, path: "/home/me/Pictures/dinner.jpg" },
    });
    assert.deepEqual(s.dialogs[0]?.options.properties, ["openFile"], "Insert image… opens one file");
    assert.ok((s.dialogs[0]?.options.filters as { extensions: string[] }[])[0]?.extensions.includes("jpg"), "filtered to images");

    s.dialogs.length = 0;
    s.answers.push("/home/me/Other journal");
    assert.deepEqual(await invoke("pickPath", { purpose: "journal" }), {
      ok: true,
      value: { supported: true, path: "/home/me/Other journal" },
    });
    assert.deepEqual(s.dialogs[0]?.options.properties, ["openDirectory", "createDirectory"], "Open Journal… picks a folder");
    assert.equal(s.dialogs[0]?.options.defaultPath, journal, "starting at the journal open now");

    s.shown.length = 0;
    const file = join(journal, "images", "cat.png");
    assert.deepEqual(await invoke("showInFolder", { path: file }), { ok: true, value: { shown: true } });
    assert.deepEqual(await invoke("showInFolder", { path: join(tmp, "nothing-here") }), { ok: true, value: { shown: false } });
    assert.deepEqual(s.shown, [file]);
  });

  describe("Export post as PDF", () => {
    const TITLE = "PDFのテスト";
    let post: string;
    let outDir: string;
    before(async () => {
      const created = await invoke("createPost", { title: TITLE, body: "吾輩は猫である。名前はまだ無い。\n\n## 二\n\n段落。\n" });
      assert.ok(created.ok);
      post = (created.value as { path: string }).path;
      outDir = join(tmp, "pdf-out");
      await mkdir(outDir, { recursive: true });
    });

    test("the save dialog suggests the post's file name with .pdf, filtered to PDF", async () => {
      const s = state();
      s.dialogs.length = 0;
      const chosen = join(outDir, "chosen.pdf");
      s.answers.push(chosen);
      const name = `${post.split("/").pop()!.replace(/\.md$/, "")}.pdf`;
      assert.deepEqual(await invoke("pickPath", { purpose: "export-pdf", suggestedName: name }), {
        ok: true,
        value: { supported: true, path: chosen },
      });
      assert.equal(s.dialogs[0]?.kind, "save");
      assert.ok(String(s.dialogs[0]?.options.defaultPath).endsWith(name), String(s.dialogs[0]?.options.defaultPath));
      assert.deepEqual(s.dialogs[0]?.options.filters, [{ name: "PDF", extensions: ["pdf"] }]);
    });

    test("a hidden window (sandboxed, no preload, no Node, no script) prints the print view's page to A4; the PDF lands at the path and the window goes", async () => {
      const s = state();
      const windows = s.windows.length;
      s.prints.length = 0;
      const file = join(outDir, "猫.pdf");
      const reply = await invoke("exportPdf", { path: post, file });
      assert.ok(reply.ok, JSON.stringify(reply));
      assert.deepEqual(reply.value, { file, bytes: FAKE_PDF.length, warnings: [] });
      assert.deepEqual(await readFile(file), FAKE_PDF, "the printer's bytes, as they came");
      assert.deepEqual(await readdir(outDir), ["猫.pdf"], "no temp file left beside it");

      assert.equal(s.windows.length, windows + 1, "one window was made for printing");
      const printer = s.windows.at(-1)!;
      const o = printer.options as { show: boolean; webPreferences: Record<string, unknown> };
      assert.equal(o.show, false);
      assert.equal(o.webPreferences.sandbox, true);
      assert.equal(o.webPreferences.contextIsolation, true);
      assert.equal(o.webPreferences.nodeIntegration, false);
      assert.equal(o.webPreferences.javascript, false);
      assert.equal(o.webPreferences.preload, undefined, "no preload: the page has no bridge to the host");
      assert.ok(printer.destroyed, "the window is gone once printed");
      assert.notEqual(printer.webContents, win.webContents);

      assert.equal(s.prints.length, 1);
      assert.deepEqual(s.prints[0]!.options, { pageSize: "A4", printBackground: true, preferCSSPageSize: true });
      // The page printed is the print view's, byte for byte: the one serve's print test reads back from Chromium's PDF.
      const page = s.prints[0]!.page!;
      const view = await invoke("printView", { path: post });
      assert.ok(view.ok);
      assert.equal(page.status, 200);
      assert.equal(page.body, (view.value as { html: string }).html);
      assert.match(page.body, /PDFのテスト[\s\S]*吾輩は猫である。/);
      assert.equal(page.headers.get("content-security-policy"), SINGLE_FILE_CSP, "the export's CSP: nothing runs");
      assert.match(printer.webContents.getURL(), /^tsuzuri:\/\/print\/[0-9a-f-]{36}\.html$/);
      const again = await state().protocolHandlers.get("tsuzuri")!(new Request(printer.webContents.getURL()));
      assert.equal(again.status, 404, "the page is forgotten once printed");

      for (const url of ["tsuzuri://app/", "https://example.com/", "file:///etc/passwd"]) {
        let prevented = false;
        printer.webContents.emit("will-navigate", { url, preventDefault: () => (prevented = true) });
        assert.ok(prevented, `the printed page does not go to ${url} (not even the app)`);
      }
    });

    test("a cancelled save dialog answers no path, and nothing is printed or written", async () => {
      const s = state();
      const windows = s.windows.length;
      const prints = s.prints.length;
      const before = await readdir(outDir);
      assert.deepEqual(await invoke("pickPath", { purpose: "export-pdf", suggestedName: "x.pdf" }), {
        ok: true,
        value: { supported: true, path: null },
      });
      assert.equal(s.windows.length, windows, "no window made");
      assert.equal(s.prints.length, prints, "nothing printed");
      assert.deepEqual(await readdir(outDir), before, "no file written");
    });

    test("a failing printToPDF answers the failure, leaves no file (an existing one untouched) and closes the window", async () => {
      const s = state();
      const fresh = join(outDir, "fails.pdf");
      const kept = join(outDir, "猫.pdf");
      try {
        s.printer = async () => {
          throw new Error("Printing failed");
        };
        for (const file of [fresh, kept]) {
          const reply = await invoke("exportPdf", { path: post, file });
          assert.ok(!reply.ok);
          assert.equal(reply.error.code, "io");
          assert.match(reply.error.message, /could not be printed to PDF: Printing failed/);
          assert.ok(s.windows.at(-1)!.destroyed, "the print window is closed after a failure too");
        }
        s.printer = async () => Buffer.from("<html>not a pdf</html>");
        const reply = await invoke("exportPdf", { path: post, file: fresh });
        assert.ok(!reply.ok && /not a PDF/.test(reply.error.message));
        assert.deepEqual(await readdir(outDir), ["猫.pdf"], "no new file, no temp file");
        assert.deepEqual(await readFile(kept), FAKE_PDF, "the earlier PDF is as it was");
      } finally {
        s.printer = async () => FAKE_PDF;
      }
    });
  });

  describe("Markdown files handed to the app (second launch, macOS open-file)", () => {
    let other: string;
    let loose: string;
    /** The next event of `name` the window is sent after `from` (an index into sent). */
    const nextSent = (name: string, from: number) =>
      until(`the ${name} event`, () =>
        win.webContents.sent
          .slice(from)
          .map((s) => s.message as { event: string; payload: Record<string, unknown> })
          .find((m) => m.event === name),
      );
    const secondLaunch = (args: string[], cwd: string) =>
      state().app.emit("second-instance", {}, [process.execPath, "main.js", ...args], cwd);
    before(async () => {
      other = join(tmp, "other-journal");
      await mkdir(join(other, ".tsuzuri"), { recursive: true });
      await mkdir(join(other, "posts", "2024"), { recursive: true });
      await writeFile(join(other, "posts", "2024", "elsewhere.md"), "# よそのジャーナル\n");
      loose = join(tmp, "loose");
      await mkdir(join(loose, "notes.md"), { recursive: true });
      await writeFile(join(loose, "note.md"), "# ばらのメモ\n\n![猫](cat.png)\n");
      await writeFile(join(loose, "cat.png"), PNG);
      await writeFile(join(loose, "readme.txt"), "text");
    });

    test("a post of the open journal, given relative to the second launch's folder, opens in the window", async () => {
      const created = await invoke("createPost", { title: "開くテスト" });
      assert.ok(created.ok);
      const path = (created.value as { path: string }).path;
      const from = win.webContents.sent.length;
      secondLaunch([path], journal);
      assert.deepEqual((await nextSent("openPost", from)).payload, { path });
    });

    test("macOS open-file after start opens the same way", async () => {
      const from = win.webContents.sent.length;
      const created = await invoke("createPost", { title: "Finderから" });
      assert.ok(created.ok);
      const path = (created.value as { path: string }).path;
      let prevented = false;
      state().app.emit("open-file", { preventDefault: () => (prevented = true) }, join(journal, path));
      assert.ok(prevented, "the event is taken (macOS would otherwise say the file cannot be opened)");
      assert.deepEqual((await nextSent("openPost", from)).payload, { path });
    });

    test("a post inside another journal (a folder above it has .tsuzuri/) opens that journal at the post", async () => {
      const from = win.webContents.sent.length;
      secondLaunch([join(other, "posts", "2024", "elsewhere.md")], tmp);
      const opened = await nextSent("journalOpened", from);
      assert.equal(opened.payload.dir, other);
      assert.equal(opened.payload.post, "posts/2024/elsewhere.md");
      const reply = await invoke("getJournal", {});
      assert.ok(reply.ok && (reply.value as { dir: string }).dir === other);
      // Back to the first journal for the tests that follow.
      const back = win.webContents.sent.length;
      secondLaunch(["--journal", journal], tmp);
      assert.equal((await nextSent("journalOpened", back)).payload.dir, journal);
    });

    test("a file that is not Markdown, a missing one, and a folder are refused with a message saying so; nothing opens", async () => {
      const s = state();
      for (const [arg, said] of [
        [join(loose, "readme.txt"), /opens Markdown files \(\.md\): .*readme\.txt is not one/],
        [join(loose, "gone.md"), /gone\.md does not exist/],
        [join(loose, "notes.md"), /notes\.md is a folder, not a Markdown file/],
      ] as const) {
        s.dialogs.length = 0;
        const from = win.webContents.sent.length;
        secondLaunch([arg], tmp);
        const box = await until("the message", () => s.dialogs.find((d) => d.kind === "message"));
        assert.match(String(box.options.message), said);
        assert.ok(
          !win.webContents.sent.slice(from).some((m) => ["openPost", "journalOpened"].includes((m.message as { event: string }).event)),
        );
      }
    });

    test("a file in no journal is offered for import: Cancel imports nothing; Import copies it in (its image too) and opens it", async () => {
      const s = state();
      const count = async () => ((await invoke("listPosts", {})) as { value: unknown[] }).value.length;
      const before = await count();
      s.dialogs.length = 0;
      secondLaunch([join(loose, "note.md")], tmp);
      const ask = await until("the question", () => s.dialogs.find((d) => d.kind === "message"));
      assert.match(String(ask.options.message), /“note\.md” is not in a Tsuzuri journal/);
      assert.deepEqual(ask.options.buttons, ["Import", "Cancel"]);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(await count(), before, "cancelled: nothing imported");

      s.dialogs.length = 0;
      s.answers.push(0);
      const from = win.webContents.sent.length;
      secondLaunch([join(loose, "note.md")], tmp);
      const path = String((await nextSent("openPost", from)).payload.path);
      assert.match(path, /^posts\/\d{4}\/.+\.md$/);
      const text = await readFile(join(journal, ...path.split("/")), "utf8");
      assert.match(text, /ばらのメモ/);
      assert.match(text, /imported_from:/);
      const image = /!\[猫\]\(([^)]+)\)/.exec(text)?.[1];
      assert.ok(image && !image.startsWith("cat.png"), `the image points into the journal: ${image}`);
      assert.equal(await readFile(join(loose, "note.md"), "utf8"), "# ばらのメモ\n\n![猫](cat.png)\n", "the file itself is unchanged");
      assert.equal(await count(), before + 1);

      s.dialogs.length = 0;
      s.answers.push(0);
      const again = win.webContents.sent.length;
      secondLaunch([join(loose, "note.md")], tmp);
      assert.equal((await nextSent("openPost", again)).payload.path, path, "imported before: that post opens, no second copy");
      assert.match(String(s.dialogs.at(-1)?.options.message), /was imported before/);
      assert.equal(await count(), before + 1);
    });
  });

  test("quitting first lets the renderer save (flush), then writes the index and the window state", async () => {
    const created = await invoke("createPost", { title: "Before quit" });
    assert.ok(created.ok);
    const post = created.value as { path: string; hash: string };
    // The renderer: on `flush`, it saves what it has through IPC.
    win.webContents.on("sent", (channel: string, message: { event: string }) => {
      if (channel === IPC_EVENT_CHANNEL && message.event === "flush") {
        void invoke("savePost", { path: post.path, baseHash: post.hash, title: "Before quit", body: "the last words" });
      }
    });
    state().app.quit();
    await until("the app to quit", () => (state().quit ? true : null));
    assert.ok((await readFile(join(journal, ...post.path.split("/")), "utf8")).includes("the last words"));
    await access(join(journal, ".tsuzuri", "index.json"));
    const stateFile = join(userData, "window-state.json");
    for (
      let i = 0;
      !(await access(stateFile).then(
        () => true,
        () => false,
      ));
      i++
    ) {
      assert.ok(i < 200, "window-state.json is written");
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(JSON.parse(await readFile(stateFile, "utf8")), { x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});
