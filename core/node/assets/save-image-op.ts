// The contract's saveImage: base64 bytes from the renderer (paste, drop), or a file the host's open
// dialog chose (Insert image… in Electron).
import type { OpParsedArgs, SavedImage } from "../../contract/index.js";
import { saveImageBytes, saveImageFile } from "./save-image.js";

/** Runs saveImage in the journal folder `dir`. */
export function saveImageOp(dir: string, args: OpParsedArgs<"saveImage">): Promise<SavedImage> {
  if (args.file !== undefined) return saveImageFile(dir, args.post, args.file);
  return saveImageBytes(dir, { post: args.post, name: args.name, bytes: Buffer.from(args.data ?? "", "base64") });
}
