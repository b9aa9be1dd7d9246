// A small journal that exercises everything export handles: Japanese and English posts, lists nested
// four deep, tables with alignment, code, footnotes, task lists, links between posts (with fragments,
// to a draft, to a missing post), local images (one with a Japanese name), a draft, an undated note,
// tags nested and Japanese, a front-matter slug.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const CONFERENCE = `---
id: 01JD3K2Q8X5T9Y7ZC4M6N1P0RB
title: カンファレンス2日目のメモ
date: 2019-07-24T21:30:00+09:00
updated: 2019-07-25T08:02:11+09:00
tags: [conference, 勉強会, dev/frontend]
---

Cloud Native Days Tokyo 2019 の2日目に参加したので、セッションのメモと感想をまとめた。[前日のメモ](2019-07-23-day-1.md)もある。

## セッション

- キーノート
  - 楽天モバイルの話
    - OpenStack で仮想化
      - vRAN、EPC、IMS の構成
- 決済システムの内製化[^pay]

| 項目 | 時間 | 感想 |
|:--|:-:|--:|
| キーノート | 9:30 | とても良かった |
| 決済 | 11:00 | 参考になった |

\`\`\`ts
const answer: number = 42; // 日本語のコメント
\`\`\`

![構成図](img/diagram.png)

![写真](img/画像%201.png)

- [x] メモを書く
- [ ] スライドを読む

下書きの[続き](../2020/draft.md)と、[存在しない記事](missing.md)。

[^pay]: SB ペイメントサービスの方の発表。
`;

const DAY_ONE = `---
title: カンファレンス1日目
date: 2019-07-23T22:00:00+09:00
slug: day-one
tags: [conference]
---

初日のメモ。翌日は[こちらのセッション](2019-07-24-カンファレンス2日目.md#セッション)を参照。

外部リンク: [CNDT](https://cloudnativedays.jp/)
`;

const ENGLISH = `---
title: Notes on Kubernetes operators
date: 2020-03-01T10:00:00+00:00
tags: [dev/backend, Kubernetes]
---

The reconcile loop finally made sense to me. See [the conference notes](/posts/2019/2019-07-24-カンファレンス2日目.md).

1. Watch resources
2. Compare desired and actual state
3. Act

\`\`\`bash
kubectl get pods --all-namespaces --field-selector=status.phase!=Running -o jsonpath='{range .items[*]}{.metadata.namespace}{"/"}{.metadata.name}{"\\n"}{end}'
\`\`\`
`;

const DRAFT = `---
title: 書きかけ
date: 2020-04-01T09:00:00+09:00
draft: true
tags: [日記]
---

まだ途中。
`;

const NOTE = `# 日付のないメモ

前置きなしのファイル。![図](../posts/2019/img/diagram.png)
`;

/** Journal path → text of every post of the fixture. */
export const FIXTURE_POSTS: Record<string, string> = {
  "posts/2019/2019-07-24-カンファレンス2日目.md": CONFERENCE,
  "posts/2019/2019-07-23-day-1.md": DAY_ONE,
  "posts/2020/english.md": ENGLISH,
  "posts/2020/draft.md": DRAFT,
  "notes/no-date.md": NOTE,
};

/** Writes the fixture journal into `dir`. */
export async function writeFixture(dir: string): Promise<void> {
  for (const [rel, text] of Object.entries(FIXTURE_POSTS)) {
    const abs = path.join(dir, ...rel.split("/"));
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text);
  }
  await mkdir(path.join(dir, "posts", "2019", "img"), { recursive: true });
  await writeFile(path.join(dir, "posts", "2019", "img", "diagram.png"), PNG);
  await writeFile(path.join(dir, "posts", "2019", "img", "画像 1.png"), PNG);
}

/** A new temp folder; `cleanup` removes it. */
export async function tempFolder(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `tsuzuri-export-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
