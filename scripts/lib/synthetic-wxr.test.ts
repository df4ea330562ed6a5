import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { wordpressHtmlToDocument } from "../../lib/wordpress/html-to-document";
import { readWxr } from "../../lib/wordpress/wxr-reader";
import { writeSyntheticWxr } from "./synthetic-wxr";

test("the benchmark's synthetic export is a WXR file the importer reads whole", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-synthetic-wxr-"));
  try {
    const file = path.join(folder, "synthetic.xml");
    const written = await writeSyntheticWxr(file, { posts: 25, commentsPerPost: 3 });
    let posts = 0;
    let comments = 0;
    let answers = 0;
    let notes = 0;
    await readWxr(file, {
      item: (item) => {
        posts++;
        comments += item.comments.length;
        answers += item.comments.filter((comment) => comment.parent !== "0").length;
        notes += wordpressHtmlToDocument(item.content).notes.length;
      },
    });
    assert.deepEqual({ posts, comments }, { posts: written.posts, comments: written.comments });
    assert.equal(answers, 25);
    assert.equal(notes, 1, "one table in 25 posts");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
