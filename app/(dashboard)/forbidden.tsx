import Link from "next/link";

// forbidden() in a dashboard page: shown inside the dashboard's layout (its <main>), so reader pages
// do not carry it in their payload.
export default function Forbidden() {
  return (
    <div className="py-8">
      <h1 className="font-serif text-4xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 max-w-prose text-lg text-muted">Your role does not include this part of the dashboard. Ask an administrator if you need it.</p>
      <p className="mt-6">
        <Link href="/dashboard" className="font-medium text-accent underline">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
