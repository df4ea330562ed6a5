import { formatDate } from "@/lib/format";
import { CORRECTION_LABEL, isCorrectionKind } from "@/lib/corrections/schemas";

/** "Correction, 27 November 2026: …" at the end of an article, oldest first. */
export function CorrectionNotes({ notes }: { notes: { id: string; kind: string; text: string; createdAt: Date }[] }) {
  if (notes.length === 0) return null;
  return (
    <section id="corrections" aria-labelledby="corrections-heading" className="mt-8 border-t border-rule pt-4">
      <h2 id="corrections-heading" className="text-sm font-semibold tracking-wider uppercase">
        Corrections and updates
      </h2>
      <ul className="mt-2 space-y-2">
        {notes.map((note) => (
          <li key={note.id} className="leading-relaxed">
            <strong>
              {CORRECTION_LABEL[isCorrectionKind(note.kind) ? note.kind : "correction"]}, <time dateTime={note.createdAt.toISOString()}>{formatDate(note.createdAt)}</time>:
            </strong>{" "}
            {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
