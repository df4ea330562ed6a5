import Link from "next/link";
import { listNavigationCategories } from "@/lib/taxonomy/queries";

export async function CategoryNav() {
  const categories = await listNavigationCategories();
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Sections" className="border-t border-rule">
      <ul className="container-page flex gap-x-6 overflow-x-auto py-2 text-sm font-medium whitespace-nowrap">
        {categories.map((category) => (
          <li key={category.slug}>
            <Link href={`/category/${category.slug}`} className="inline-block py-1 hover:text-accent hover:underline">
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
