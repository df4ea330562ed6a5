import { getTranslations } from "next-intl/server";
import { ReaderDateTime } from "@/components/ui/reader-date-time";
import { isCorrectionKind } from "@/lib/corrections/schemas";

/** "Correction, 27 November 2026: …" at the end of an article, oldest first. */
export async function CorrectionNotes({ notes }: { notes: { id: string; kind: string; text: string; createdAt: Date }[] }) {
  if (notes.length === 0) return null;
  const t = await getTranslations("Corrections");
  return (
    <section id="corrections" aria-labelledby="corrections-heading" className="mt-8 border-t border-rule pt-4">
      <h2 id="corrections-heading" className="text-sm font-semibold tracking-wider uppercase">
        {t("heading")}
      </h2>
      <ul className="mt-2 space-y-2">
        {notes.map((note) => (
          <li key={note.id} className="leading-relaxed">
            <strong>
              {t(isCorrectionKind(note.kind) ? note.kind : "correction")}, <ReaderDateTime value={note.createdAt} />:
            </strong>{" "}
            {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
