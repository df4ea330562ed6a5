import Link from "next/link";
import { env } from "@/lib/env";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-bar">
        <p>
          © {new Date().getFullYear()} {env.SITE_NAME}. {env.SITE_DESCRIPTION}
        </p>
        <p className="flex gap-4">
          <Link href="/newsletter">
            Newsletter
          </Link>
          <Link href="/">
            Front page
          </Link>
          {" · "}
          <Link href="/corrections">
            Corrections
          </Link>
        </p>
      </div>
    </footer>
  );
}
