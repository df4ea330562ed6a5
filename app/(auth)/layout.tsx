import Link from "next/link";
import { env } from "@/lib/env";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="flex flex-1 items-start justify-center bg-neutral-50 px-4 py-16">
      <div className="w-full max-w-sm rounded-lg border border-rule bg-white p-6 shadow-sm sm:p-8">
        <p className="mb-6 text-center">
          <Link href="/" className="font-serif text-3xl font-bold">
            {env.SITE_NAME}
          </Link>
        </p>
        {children}
      </div>
    </main>
  );
}
