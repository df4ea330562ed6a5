// Kept this small on purpose: the root layout carries it in the payload of every page. Only reached
// when forbidden() is thrown outside a group that answers it itself (see the (site) and (dashboard)
// groups; unmatched addresses get app/global-not-found.tsx).
export default function Forbidden() {
  return (
    <main id="main" className="container-page flex-1 py-16">
      <h1 className="font-serif text-4xl font-bold">You do not have access to this page</h1>
    </main>
  );
}
