import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_THREAD_DEPTH, buildThread } from "./thread";

const reply = (id: string, parentId: string | null = null) => ({ id, parentId });

describe("buildThread", () => {
  it("nests replies under their parents in order", () => {
    const tree = buildThread([reply("a"), reply("b"), reply("a1", "a"), reply("a2", "a"), reply("a1x", "a1")]);
    assert.deepEqual(
      tree.map((n) => [n.id, n.depth, n.children.map((c) => [c.id, c.depth, c.children.map((g) => g.id)])]),
      [
        ["a", 1, [["a1", 2, ["a1x"]], ["a2", 2, []]]],
        ["b", 1, []],
      ],
    );
  });

  it("shows replies to unapproved parents at the top level", () => {
    const tree = buildThread([reply("orphan", "missing"), reply("c")]);
    assert.deepEqual(tree.map((n) => n.id), ["orphan", "c"]);
  });

  it("caps the depth", () => {
    const chain = [reply("r0")];
    for (let i = 1; i < 8; i++) chain.push(reply(`r${i}`, `r${i - 1}`));
    const depths: number[] = [];
    const walk = (nodes: ReturnType<typeof buildThread<(typeof chain)[number]>>) => {
      for (const n of nodes) {
        depths.push(n.depth);
        walk(n.children);
      }
    };
    walk(buildThread(chain));
    assert.equal(depths.length, 8);
    assert.equal(Math.max(...depths), MAX_THREAD_DEPTH);
  });
});
