import Link from "next/link";
import { env } from "@/lib/env";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-neutral-50">
      <div className="container-page flex flex-col gap-2 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          © {new Date().getFullYear()} {env.SITE_NAME}. {env.SITE_DESCRIPTION}
        </p>
        <p className="flex gap-4">
          <Link href="/newsletter" className="underline hover:text-ink">
            Newsletter
          </Link>
          <Link href="/" className="underline hover:text-ink">
            Front page
          </Link>
          {" · "}
          <Link href="/corrections" className="underline hover:text-ink">
            Corrections
          </Link>
        </p>
      </div>
    </footer>
  );
}
