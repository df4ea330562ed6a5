/**
 * A wide table on a narrow screen: it scrolls sideways inside this region, never the page. The
 * region is named like the table and takes the keyboard's focus, so it scrolls with the arrow keys.
 */
export function TableScroller({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    // Relative: the table's visually hidden labels (positioned absolutely) are clipped here too, instead
    // of widening the page from where they sit in the table's last columns.
    <div role="region" aria-label={label} tabIndex={0} className={`relative max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
