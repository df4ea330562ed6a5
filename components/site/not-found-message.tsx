import { ReaderLink } from "@/components/site/reader-link";

export function NotFoundMessage() {
  return (
    <div className="container-page py-16">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 max-w-prose text-lg text-muted">
        The page you asked for does not exist, or is not published. It may have moved, or the link may be
        mistyped.
      </p>
      <p className="mt-6">
        <ReaderLink href="/" className="link-accent">
          Go to the front page
        </ReaderLink>
      </p>
    </div>
  );
}
