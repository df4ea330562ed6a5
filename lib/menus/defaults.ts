// What readers see before an editor saves a menu: every section in the header (as Gazette always
// showed them) and the footer's newsletter, front page and corrections links.
import type { MenuItem } from "./schemas";

export const DEFAULT_FOOTER_MENU: MenuItem[] = [
  { label: "Newsletter", href: "/newsletter" },
  { label: "Front page", href: "/" },
  { label: "Corrections", href: "/corrections" },
];

export function defaultHeaderMenu(sections: { slug: string; name: string }[]): MenuItem[] {
  return sections.map((section) => ({ label: section.name, href: `/category/${section.slug}` }));
}
