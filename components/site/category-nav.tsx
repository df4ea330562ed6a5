import Link from "next/link";
import { listNavigationCategories } from "@/lib/taxonomy/queries";

export async function CategoryNav() {
  const categories = await listNavigationCategories();
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Sections" className="border-t border-rule">
      <ul className="section-nav">
        {categories.map((category) => (
          <li key={category.slug}>
            <Link href={`/category/${category.slug}`}>
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
