// Why a tag was refused, in the UI language (the core's reasons are English only).
import { MAX_TAG_LENGTH, type TagProblem } from "../../core/common/tags/index.js";
import type { MessageKey } from "../../core/common/i18n/index.js";
import { tr } from "../i18n/index.js";

const KEYS: Record<TagProblem, MessageKey> = {
  empty: "tags.problem.empty",
  "line-break": "tags.problem.line-break",
  comma: "tags.problem.comma",
  control: "tags.problem.control",
  "empty-level": "tags.problem.empty-level",
  "too-long": "tags.problem.too-long",
};

/** The message that explains a refused tag. */
export function tagProblemMessage(problem: TagProblem): string {
  return tr(KEYS[problem], { max: MAX_TAG_LENGTH });
}
