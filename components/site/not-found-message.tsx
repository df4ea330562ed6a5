import { ReaderLink } from "@/components/site/reader-link";

/** English on staff screens; reader pages pass their messages (app/[edition]/not-found.tsx). */
const ENGLISH = {
  title: "Page not found",
  text: "The page you asked for does not exist, or is not published. It may have moved, or the link may be mistyped.",
  frontPage: "Go to the front page",
};

export function NotFoundMessage({ words = ENGLISH }: { words?: typeof ENGLISH }) {
  return (
    <div className="container-page py-16">
      <h1 className="font-serif text-4xl font-bold">{words.title}</h1>
      <p className="mt-4 max-w-prose text-lg text-muted">{words.text}</p>
      <p className="mt-6">
        <ReaderLink href="/" className="link-accent">
          {words.frontPage}
        </ReaderLink>
      </p>
    </div>
  );
}
