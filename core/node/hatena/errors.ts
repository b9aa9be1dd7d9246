// What goes wrong talking to Hatena, each with a message that says what to do.

/** Why a request to the blog or Fotolife failed. */
export type HatenaErrorKind = "auth" | "not-found" | "timeout" | "network" | "malformed" | "http" | "syntax" | "settings" | "image";

/** A failure of the Hatena link, for people: the message names the address and what to check. */
export class HatenaError extends Error {
  constructor(
    readonly kind: HatenaErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "HatenaError";
  }
}

/** The error of an answer with a failing HTTP status from `url`. */
export function statusError(status: number, url: string, what: "blog" | "fotolife"): HatenaError {
  if (status === 401 || status === 403) {
    return new HatenaError(
      "auth",
      what === "fotolife"
        ? `Hatena Fotolife refused the Hatena ID or API key (${status}) at ${url}. Check the ID and HATENA_API_KEY (the API key in the blog's 詳細設定 → AtomPub).`
        : `The blog refused the Hatena ID or API key (${status}) at ${url}. Check --user and HATENA_API_KEY: the API key is in the blog's 詳細設定 → AtomPub.`,
    );
  }
  if (status === 404) {
    return new HatenaError(
      "not-found",
      what === "fotolife"
        ? `Nothing answers at ${url} (404): check --fotolife.`
        : `Nothing answers at ${url} (404). Check --endpoint: it is the "AtomPub ルートエンドポイント" shown in the blog's 詳細設定, like https://blog.hatena.ne.jp/ID/BLOG/atom.`,
    );
  }
  return new HatenaError("http", `${what === "fotolife" ? "Hatena Fotolife" : "The blog"} answered ${status} at ${url}; try again later.`);
}
