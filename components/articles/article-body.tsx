import { createElement, type ReactNode } from "react";
import type { BodyDocument } from "@/lib/content/document";
import { documentTree, type TreeNode } from "@/lib/content/document-render";
import { EmbedPlaceholder } from "@/components/articles/embed-placeholder";

function toReact(node: TreeNode, key: number): ReactNode {
  if (typeof node === "string") return node;
  if ("embed" in node) return <EmbedPlaceholder key={key} embed={node.embed} />;
  const { class: className, ...attrs } = node.attrs ?? {};
  const children = node.children?.map(toReact);
  return createElement(node.tag, { key, className, ...attrs }, ...(children ?? []));
}

/**
 * An article's body for readers: rendered on the server from the checked document (no editor code
 * reaches the page). The only client code is an embed's placeholder, and only where there is one.
 */
export function ArticleBody({ document, className }: { document: BodyDocument; className?: string }) {
  return <div className={className}>{documentTree(document).map(toReact)}</div>;
}
