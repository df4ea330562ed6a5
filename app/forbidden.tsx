import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="container-page flex-1 py-16">
      <h1 className="font-serif text-4xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 max-w-prose text-lg text-muted">Your role does not include this part of the dashboard. Ask an administrator if you need it.</p>
      <p className="mt-6">
        <Link href="/dashboard" className="font-medium text-accent underline">
          Back to the dashboard
        </Link>
      </p>
    </main>
  );
}
