// electron-builder.yml is what packaging reads, and nothing else runs it on a machine without the
// Electron binaries: so it is loaded and validated here by electron-builder's own code (its config
// loader and its JSON schema, app-builder-lib/scheme.json), and its security fuses are checked.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";

const root = join(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

interface BuilderConfig {
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string | string[]; mimeType?: string }[];
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
  nsis?: { perMachine?: boolean };
  [key: string]: unknown;
}

type Validate = (config: unknown, logger: unknown) => Promise<void>;
const { validateConfiguration, getConfig } = require("app-builder-lib/out/util/config/config.js") as {
  validateConfiguration: Validate;
  getConfig: (dir: string) => Promise<BuilderConfig>;
};
const { DebugLogger } = require("builder-util") as { DebugLogger: new (enabled: boolean) => unknown };
const validate = (config: unknown) => validateConfiguration(config, new DebugLogger(false));

const ownConfig = async (): Promise<BuilderConfig> => parse(await readFile(join(root, "electron-builder.yml"), "utf8")) as BuilderConfig;

describe("electron-builder.yml", () => {
  test("electron-builder loads it and its schema accepts it", async () => {
    const loaded = await getConfig(root);
    assert.equal(loaded.appId, "app.tsuzuri.desktop", "the loader found electron-builder.yml");
    await validate(loaded);
  });

  test("the schema check is real: a misspelt fuse or an unknown option is refused", async () => {
    const config = await ownConfig();
    await assert.rejects(validate({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } }), /electronFuses/);
    await assert.rejects(validate({ ...config, linux: { ...config.linux, targets: ["AppImage"] } }), /linux/);
  });

  test("the fuses close Node, NODE_OPTIONS, --inspect and loose app folders, and check app.asar", async () => {
    assert.deepEqual((await ownConfig()).electronFuses, {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  test("installers for every platform: AppImage and deb, NSIS, dmg and zip; .md files associated", async () => {
    const config = await ownConfig();
    assert.deepEqual(config.linux?.target, ["AppImage", "deb"]);
    assert.deepEqual(config.win?.target, ["nsis"]);
    assert.deepEqual(config.mac?.target, ["dmg", "zip"]);
    const md = config.fileAssociations?.find((a) => [a.ext].flat().includes("md"));
    assert.ok(md, "a file association for .md");
    assert.equal(md.mimeType, "text/markdown");
    assert.equal(config.nsis?.perMachine, true, "Windows registers associations only for per-machine installs");
  });

  test("every icon it names exists: a PNG of each size for Linux, .ico for Windows, .icns for macOS", async () => {
    const config = await ownConfig();
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) await access(join(root, config.linux!.icon!, `${size}x${size}.png`));
    const ico = await readFile(join(root, config.win!.icon!));
    assert.equal(ico.readUInt16LE(2), 1, "an ICO file");
    assert.ok(ico.readUInt16LE(4) >= 6, "with several sizes");
    const icns = await readFile(join(root, config.mac!.icon!));
    assert.equal(icns.subarray(0, 4).toString("ascii"), "icns");
    assert.equal(icns.readUInt32BE(4), icns.length, "whole");
  });
});
