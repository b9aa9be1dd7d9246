// Secrets (the Hatena Blog API key) kept outside every journal: encrypted with Electron's safeStorage
// (the system keychain) in `secrets.json` of the user-data folder. Without system encryption nothing
// is stored, and the app keeps a key typed in for the session only.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { safeStorage } from "electron";
import type { SecretStore } from "../../core/node/app/index.js";

/** The file of encrypted secrets in the user-data folder. */
const SECRETS_FILE = "secrets.json";

/** A secret store in `userDataDir`, encrypted by the system. */
export function createSecretStore(userDataDir: string): SecretStore {
  const file = path.join(userDataDir, SECRETS_FILE);
  const readAll = async (): Promise<Record<string, string>> => {
    try {
      const data: unknown = JSON.parse(await readFile(file, "utf8"));
      return typeof data === "object" && data !== null ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    async get(name) {
      const sealed = (await readAll())[name];
      if (typeof sealed !== "string" || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, "base64"));
      } catch {
        return null;
      }
    },
    async set(name, value) {
      const all = await readAll();
      if (value === null) delete all[name];
      else all[name] = safeStorage.encryptString(value).toString("base64");
      await mkdir(userDataDir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(all, null, 2) + "\n", { mode: 0o600 });
      await rename(temp, file);
    },
  };
}
