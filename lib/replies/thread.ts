// Approved replies arrive as a flat list, oldest first; readers see them threaded.

export const MAX_THREAD_DEPTH = 5;

export type ThreadNode<T> = T & { depth: number; children: ThreadNode<T>[] };

/**
 * Nest replies under their parents, keeping the input order among siblings. A reply deeper than
 * MAX_THREAD_DEPTH is shown at that depth, under its nearest ancestor that is; a reply whose parent
 * is not in the list (not approved) is shown at the top level rather than lost.
 */
export function buildThread<T extends { id: string; parentId: string | null }>(replies: T[]): ThreadNode<T>[] {
  const nodes = new Map<string, ThreadNode<T>>();
  for (const reply of replies) nodes.set(reply.id, { ...reply, depth: 1, children: [] });

  const roots: ThreadNode<T>[] = [];
  for (const reply of replies) {
    const node = nodes.get(reply.id)!;
    let parent = reply.parentId ? nodes.get(reply.parentId) : undefined;
    if (!parent || parent === node) {
      roots.push(node);
      continue;
    }
    while (parent.depth >= MAX_THREAD_DEPTH) {
      const grandparent: ThreadNode<T> | undefined = parent.parentId ? nodes.get(parent.parentId) : undefined;
      if (!grandparent) break;
      parent = grandparent;
    }
    node.depth = parent.depth + 1;
    parent.children.push(node);
  }
  return roots;
}
