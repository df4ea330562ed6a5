// Class names shared by server and client components.

export const inputClass =
  "mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-ink aria-invalid:border-accent";

export function buttonClass(variant: "primary" | "secondary" | "danger" = "primary") {
  const base = "inline-flex min-h-10 items-center justify-center rounded px-4 py-2 text-sm font-semibold disabled:opacity-60";
  if (variant === "primary") return `${base} bg-ink text-white hover:bg-neutral-700`;
  if (variant === "danger") return `${base} border border-accent text-accent-dark hover:bg-red-50`;
  return `${base} border border-neutral-400 bg-white text-ink hover:border-ink`;
}
