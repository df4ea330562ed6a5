// Media in a local folder (UPLOAD_DIR): what a single machine uses, and the default.
import { mkdir, readdir, readFile, rm, stat, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { checkKey, type MediaStorage, type StoredObject } from "./types";

export function localStorage(folder: string): MediaStorage {
  const root = path.resolve(folder);
  const fileOf = (key: string) => path.join(root, ...checkKey(key).split("/"));
  const missing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === "ENOENT";

  async function* walk(dir: string, prefix: string): AsyncGenerator<StoredObject> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (missing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), relative);
      else if (entry.isFile() && !entry.name.startsWith(".")) yield { key: relative, size: (await stat(path.join(dir, entry.name))).size };
    }
  }

  return {
    kind: "local",
    description: `the folder ${root}`,
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written beside and renamed, so a reader never gets half an image.
      const partial = `${path.dirname(file)}/.${randomUUID()}.partial`;
      await writeFile(partial, body);
      await rename(partial, file);
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async head(key) {
      try {
        const info = await stat(fileOf(key));
        return info.isFile() ? { size: info.size } : null;
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async delete(keys) {
      await Promise.all(keys.map((key) => rm(fileOf(key), { force: true })));
    },
    list(prefix = "") {
      const start = prefix.replace(/\/+$/, "");
      return walk(start ? path.join(root, ...checkKey(start).split("/")) : root, start);
    },
  };
}
