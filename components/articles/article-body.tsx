import { createElement, type ReactNode } from "react";
import type { BodyDocument } from "@/lib/content/document";
import { documentToHtml, documentTree, type TreeNode } from "@/lib/content/document-render";
import { EmbedPlaceholder } from "@/components/articles/embed-placeholder";

function toReact(node: TreeNode, key: number): ReactNode {
  if (typeof node === "string") return node;
  if ("embed" in node) return <EmbedPlaceholder key={key} embed={node.embed} />;
  const { class: className, ...attrs } = node.attrs ?? {};
  const children = node.children?.map(toReact);
  return createElement(node.tag, { key, className, ...attrs }, ...(children ?? []));
}

const hasEmbed = (node: TreeNode): boolean => typeof node !== "string" && ("embed" in node || (node.children ?? []).some(hasEmbed));

/**
 * An article's body for readers: rendered on the server from the checked document (no editor code
 * reaches the page). The only client code is an embed's placeholder, and only where there is one.
 *
 * A body without an embed is one piece of HTML (`documentToHtml`, every text and attribute escaped,
 * only the document's own tags, links only to http(s) and mailto: lib/content/document.ts): React
 * does not walk into it when the page hydrates, and the page's payload carries it as one string
 * instead of an element per paragraph and mark (docs/decisions/053-a-stylesheet-for-readers.md).
 */
export function ArticleBody({ document, className }: { document: BodyDocument; className?: string }) {
  const tree = documentTree(document);
  if (!tree.some(hasEmbed)) return <div className={className} dangerouslySetInnerHTML={{ __html: documentToHtml(document) }} />;
  return <div className={className}>{tree.map(toReact)}</div>;
}
