import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ArticleStatus, Role } from "@/lib/db";
import { canEditArticle, editableArticlesWhere } from "./permissions";

const ME = "user-me";
const article = (userId: string | null, status: ArticleStatus) => ({ status, bylines: [{ author: { userId } }] });

// Who may open an article in the editor. What they may then do with it (an author cannot change a
// published or scheduled article, or publish) is decided by saveArticle in mutations.ts, so the
// answer here is the same for every status.
const EXPECTED: Record<Role, { own: boolean; other: boolean }> = {
  ADMIN: { own: true, other: true },
  EDITOR: { own: true, other: true },
  AUTHOR: { own: true, other: false },
  MODERATOR: { own: false, other: false },
};

describe("canEditArticle", () => {
  for (const role of Object.values(Role)) {
    it(`${role}: own articles ${EXPECTED[role].own ? "yes" : "no"}, others' ${EXPECTED[role].other ? "yes" : "no"}, whatever the status`, () => {
      const user = { id: ME, role };
      for (const status of Object.values(ArticleStatus)) {
        assert.equal(canEditArticle(user, article(ME, status)), EXPECTED[role].own, `own ${status}`);
        assert.equal(canEditArticle(user, article("user-other", status)), EXPECTED[role].other, `other ${status}`);
        // A byline with no login (a wire service, a former writer) belongs to nobody.
        assert.equal(canEditArticle(user, article(null, status)), EXPECTED[role].other, `no login ${status}`);
      }
    });
  }

  it("lets an author edit an article on which they have any byline, first or not", () => {
    const user = { id: ME, role: Role.AUTHOR };
    const coAuthored = { bylines: [{ author: { userId: "user-other" } }, { author: { userId: null } }, { author: { userId: ME } }] };
    assert.equal(canEditArticle(user, coAuthored), true);
    assert.equal(canEditArticle(user, { bylines: [] }), false);
  });

  it("refuses a user without a role", () => {
    assert.equal(canEditArticle({ id: ME, role: undefined as unknown as Role }, article(ME, ArticleStatus.DRAFT)), false);
  });
});

describe("editableArticlesWhere", () => {
  it("is every article for editors, their own for authors, none for moderators", () => {
    assert.deepEqual(editableArticlesWhere({ id: ME, role: Role.ADMIN }), {});
    assert.deepEqual(editableArticlesWhere({ id: ME, role: Role.EDITOR }), {});
    assert.deepEqual(editableArticlesWhere({ id: ME, role: Role.AUTHOR }), { bylines: { some: { author: { userId: ME } } } });
    assert.deepEqual(editableArticlesWhere({ id: ME, role: Role.MODERATOR }), { id: "__none__" });
  });
});
