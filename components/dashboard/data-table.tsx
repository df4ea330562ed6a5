"use client";

// The dashboard's one table for lists: a caption, column headers (sortable ones are links, so the
// order lives in the address bar), and optionally a checkbox per row for bulk actions. The
// checkboxes belong to a form elsewhere on the page (its id in `selection.form`), so the table can
// sit outside it; "Select all" ticks every row shown. Used by every list in the dashboard that
// has columns (articles, users, pages, outbox, newsletter subscribers).
import Link from "next/link";
import { useRef, type ReactNode } from "react";

export type DataColumn = {
  key: string;
  label: string;
  /** A sortable column: where its header leads, and the order it is in now (if it is the one). */
  sort?: { href: string; current: "ascending" | "descending" | null };
  /** Said to screen readers only (a column of buttons that name themselves, such as "Remove …"). */
  hideLabel?: boolean;
  className?: string;
};

/** `label` names the row in its checkbox ("Select “…”"). */
export type DataRow = { id: string; label: string; cells: ReactNode[] };

/**
 * A wide table on a narrow screen: it scrolls sideways inside this region, never the page. The
 * region is named like the table and takes the keyboard's focus, so it scrolls with the arrow keys.
 */
function TableScroller({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    // Relative: the table's visually hidden labels (positioned absolutely) are clipped here too, instead
    // of widening the page from where they sit in the table's last columns.
    <div role="region" aria-label={label} tabIndex={0} className={`relative max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}

export function DataTable({
  caption,
  columns,
  rows,
  selection,
  className = "",
  minWidth = "48rem",
  rowHeader = false,
}: {
  caption: string;
  columns: DataColumn[];
  rows: DataRow[];
  selection?: { form: string; name: string };
  className?: string;
  minWidth?: string;
  /** The first cell names its row (a person's name): a row header for screen readers. */
  rowHeader?: boolean;
}) {
  const tableRef = useRef<HTMLTableElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const boxes = () => [...(tableRef.current?.querySelectorAll<HTMLInputElement>("tbody input[type=checkbox]") ?? [])];
  const syncAll = () => {
    const all = allRef.current;
    if (!all) return;
    const ticked = boxes().filter((box) => box.checked).length;
    all.checked = ticked > 0 && ticked === boxes().length;
    all.indeterminate = ticked > 0 && ticked < boxes().length;
  };
  return (
    <TableScroller label={caption} className={className}>
      <table ref={tableRef} className="w-full border-collapse text-left text-sm" style={{ minWidth }}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-ink">
            {selection && (
              <th scope="col" className="w-8 py-2 pr-2">
                <input
                  ref={allRef}
                  type="checkbox"
                  aria-label="Select all"
                  className="size-4"
                  onChange={(event) => {
                    for (const box of boxes()) box.checked = event.currentTarget.checked;
                  }}
                />
              </th>
            )}
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={column.sort?.current ?? undefined}
                className={`py-2 pr-4 ${column.className ?? ""}`}
              >
                {column.sort ? (
                  <Link href={column.sort.href} className="underline decoration-rule hover:text-accent">
                    {column.label}
                    {column.sort.current && <span aria-hidden="true">{column.sort.current === "ascending" ? " ↑" : " ↓"}</span>}
                    <span className="sr-only">, sort {column.sort.current === "ascending" ? "descending" : "ascending"}</span>
                  </Link>
                ) : column.hideLabel ? (
                  <span className="sr-only">{column.label}</span>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule align-top">
              {selection && (
                <td className="py-2 pr-2">
                  <input
                    type="checkbox"
                    form={selection.form}
                    name={selection.name}
                    value={row.id}
                    aria-label={`Select “${row.label}”`}
                    className="size-4"
                    onChange={syncAll}
                  />
                </td>
              )}
              {row.cells.map((cell, index) =>
                rowHeader && index === 0 ? (
                  <th key={columns[index]?.key ?? index} scope="row" className={`py-2 pr-4 text-left font-medium ${columns[index]?.className ?? ""}`}>
                    {cell}
                  </th>
                ) : (
                  <td key={columns[index]?.key ?? index} className={`py-2 pr-4 ${columns[index]?.className ?? ""}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
