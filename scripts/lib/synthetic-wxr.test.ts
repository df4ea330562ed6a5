import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { wordpressHtmlToDocument } from "../../lib/wordpress/html-to-document";
import { readWxr } from "../../lib/wordpress/wxr-reader";
import { splitWxr, writeSyntheticWxr } from "./synthetic-wxr";

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

test("an export split under a size limit keeps every post once, each part a whole export", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-synthetic-wxr-"));
  try {
    const file = path.join(folder, "synthetic.xml");
    await writeSyntheticWxr(file, { posts: 40, commentsPerPost: 1, authors: 3 });
    const limit = Math.ceil(statSync(file).size / 3);
    const parts = splitWxr(file, limit);
    assert.ok(parts.files.length >= 3, `${parts.files.length} parts`);
    const links: string[] = [];
    for (const [index, part] of parts.files.entries()) {
      assert.ok(statSync(part).size <= limit, `part ${index + 1} fits the limit`);
      let items = 0;
      let authors = 0;
      await readWxr(part, {
        author: () => void authors++,
        item: (item) => {
          items++;
          links.push(item.link);
        },
      });
      assert.equal(items, parts.posts[index]);
      assert.equal(authors, 3, "every part names the authors");
    }
    assert.equal(links.length, 40);
    assert.equal(new Set(links).size, 40, "no post in two parts");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
