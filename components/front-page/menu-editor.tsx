"use client";

// One menu (header or footer): its links in order, moved with Move up / Move down, removed, and
// added from the sections, the site's pages or any address; saved whole.
import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { idleState } from "@/lib/actions/state";
import { saveMenuAction } from "@/lib/menus/actions";
import { MENU_ITEMS_MAX, MenuLinkFormSchema, type MenuItem, type MenuName } from "@/lib/menus/schemas";

const smallButton = "rounded border border-rule px-2 py-1 text-sm hover:bg-neutral-100 disabled:opacity-40";

export function MenuEditor({ menu, title, initial, choices, editionId }: { menu: MenuName; title: string; initial: MenuItem[]; choices: { group: string; items: MenuItem[] }[]; editionId: string }) {
  const [state, action] = useActionState(saveMenuAction, idleState);
  const [items, setItems] = useState(initial);
  const [choice, setChoice] = useState("");
  const [link, setLink] = useState({ label: "", href: "" });
  const [linkErrors, setLinkErrors] = useState<Partial<Record<"label" | "href", string[]>>>({});
  const [notice, setNotice] = useState("");
  const id = `menu-${menu}`;

  function moveItem(index: number, to: number) {
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    setItems(next);
    setNotice(`${item!.label} moved to position ${to + 1} of ${items.length}.`);
  }
  function add(item: MenuItem) {
    if (items.length >= MENU_ITEMS_MAX) return setNotice(`At most ${MENU_ITEMS_MAX} links in a menu.`);
    setItems((list) => [...list, item]);
    setNotice(`${item.label} added to the ${title.toLowerCase()}.`);
  }
  function addChoice() {
    const found = choices.flatMap((group) => group.items).find((item) => item.href === choice);
    if (found) add(found);
  }
  function addLink() {
    const parsed = MenuLinkFormSchema.safeParse(link);
    if (!parsed.success) {
      const errors: Partial<Record<"label" | "href", string[]>> = {};
      for (const issue of parsed.error.issues) (errors[issue.path[0] as "label" | "href"] ??= []).push(issue.message);
      return setLinkErrors(errors);
    }
    setLinkErrors({});
    add(parsed.data);
    setLink({ label: "", href: "" });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-rule p-4">
      <h2 id={`${id}-heading`} className="section-title">
        {title}
      </h2>
      <p role="status" aria-live="polite" className="sr-only">
        {notice}
      </p>
      <form action={action} className="mt-3 space-y-4">
        <FormMessage state={state} />
        <input type="hidden" name="menu" value={menu} />
        <input type="hidden" name="editionId" value={editionId} />
        <input type="hidden" name="items" value={JSON.stringify(items)} />
        {items.length === 0 ? (
          <p className="text-muted">No links: the menu is not shown.</p>
        ) : (
          <ol aria-label={`${title} links`} className="list-none divide-y divide-rule">
            {items.map((item, index) => (
              <li key={`${item.href}-${index}`} className="flex flex-wrap items-center gap-2 py-2">
                <span className="min-w-40 flex-1">
                  <span className="font-medium">{item.label}</span> <span className="text-sm text-muted">{item.href}</span>
                </span>
                <button type="button" className={smallButton} disabled={index === 0} onClick={() => moveItem(index, index - 1)} aria-label={`Move up: ${item.label}`}>
                  Move up
                </button>
                <button type="button" className={smallButton} disabled={index === items.length - 1} onClick={() => moveItem(index, index + 1)} aria-label={`Move down: ${item.label}`}>
                  Move down
                </button>
                <button type="button" className={smallButton} onClick={() => setItems((list) => list.filter((_, at) => at !== index))} aria-label={`Remove: ${item.label}`}>
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        <SubmitButton>{`Save ${title.toLowerCase()}`}</SubmitButton>
      </form>

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1">
            <label htmlFor={`${id}-choice`} className="field-label">
              Section or page
            </label>
            <select id={`${id}-choice`} className={inputClass} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">Choose…</option>
              {choices.map((group) => (
                <optgroup key={group.group} label={group.group}>
                  {group.items.map((item) => (
                    <option key={item.href} value={item.href}>
                      {item.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="button" className={buttonClass("secondary")} onClick={addChoice}>
            Add to menu
          </button>
        </div>
        <div className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <LinkField id={`${id}-label`} label="Link text" value={link.label} errors={linkErrors.label} onChange={(label) => setLink({ ...link, label })} />
          <LinkField id={`${id}-href`} label="Address" value={link.href} errors={linkErrors.href} onChange={(href) => setLink({ ...link, href })} />
          <button type="button" className={buttonClass("secondary")} onClick={addLink}>
            Add link
          </button>
        </div>
      </div>
    </section>
  );
}

function LinkField({ id, label, value, errors, onChange }: { id: string; label: string; value: string; errors?: string[]; onChange: (value: string) => void }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} className={inputClass} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined} />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
