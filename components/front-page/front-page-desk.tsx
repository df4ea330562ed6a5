"use client";

// The front-page desk: an editor places stories in the lead slot and the top stories (search, then
// drag or the Move up / Move down buttons), pins a story until a time, and chooses section blocks.
// The whole arrangement is saved at once with "Save front page" (docs/decisions/039-front-page.md).
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useActionState, useId, useState, useTransition } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { idleState } from "@/lib/actions/state";
import { toZonedInputValue } from "@/lib/format-core";
import { saveFrontPageAction, searchStoriesAction } from "@/lib/front-page/actions";
import type { DeskStory, FrontPageDesk as DeskData } from "@/lib/front-page/queries";
import { BLOCK_STORIES_MAX, BLOCKS_MAX, TOP_STORIES_MAX, frontPageFormSchema, type Block } from "@/lib/front-page/schemas";

type SlotState = { articleId: string; until: string };
type Errors = Record<string, string[]>;

const smallButton = "rounded border border-rule px-2 py-1 text-sm hover:bg-neutral-100 disabled:opacity-40";

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  return arrayMove(list, from, to);
}

/** The desk; `versionId` keys the arrangement so an Undo elsewhere on the page shows what came back. */
export function FrontPageDesk({ desk, versionId, timeZone, timeZoneName }: { desk: DeskData; versionId: string; timeZone: string; timeZoneName: string }) {
  const [state, action] = useActionState(saveFrontPageAction, idleState);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <Arrangement key={versionId} desk={desk} action={action} timeZone={timeZone} timeZoneName={timeZoneName} />
    </div>
  );
}

function Arrangement({ desk, action, timeZone, timeZoneName }: { desk: DeskData; action: (formData: FormData) => void; timeZone: string; timeZoneName: string }) {
  const toSlot = (slot: { articleId: string; until: string | null }): SlotState => ({ articleId: slot.articleId, until: slot.until ? toZonedInputValue(new Date(slot.until), timeZone) : "" });
  const [stories, setStories] = useState<Record<string, DeskStory>>(desk.stories);
  const [lead, setLead] = useState<SlotState | null>(desk.layout.lead ? toSlot(desk.layout.lead) : null);
  const [top, setTop] = useState<SlotState[]>(desk.layout.top.map(toSlot));
  const [blocks, setBlocks] = useState<Block[]>(desk.layout.blocks);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState("");

  const placed = new Set([lead?.articleId, ...top.map((slot) => slot.articleId)].filter(Boolean));
  const title = (id: string) => stories[id]?.title ?? "A story";
  const layoutJson = JSON.stringify({ lead, top, blocks });

  function remember(story: DeskStory) {
    setStories((known) => ({ ...known, [story.id]: story }));
  }
  function makeLead(story: DeskStory | string) {
    const id = typeof story === "string" ? story : story.id;
    if (typeof story !== "string") remember(story);
    // The story that led moves to the top of the top stories.
    setTop((list) => {
      const rest = list.filter((slot) => slot.articleId !== id);
      return lead && lead.articleId !== id ? [{ ...lead }, ...rest].slice(0, TOP_STORIES_MAX) : rest;
    });
    setLead({ articleId: id, until: lead?.articleId === id ? lead.until : "" });
    setNotice(`${title(id) === "A story" && typeof story !== "string" ? story.title : title(id)} is the lead.`);
  }
  function addToTop(story: DeskStory) {
    remember(story);
    if (placed.has(story.id)) return setNotice(`${story.title} is already on the front page.`);
    if (top.length >= TOP_STORIES_MAX) return setNotice(`At most ${TOP_STORIES_MAX} top stories: remove one first.`);
    setTop((list) => [...list, { articleId: story.id, until: "" }]);
    setNotice(`${story.title} added to the top stories.`);
  }
  function moveTop(index: number, to: number) {
    setTop((list) => move(list, index, to));
    setNotice(`${title(top[index]!.articleId)} moved to position ${Math.min(Math.max(to, 0), top.length - 1) + 1} of ${top.length}.`);
  }

  function check(event: React.FormEvent<HTMLFormElement>) {
    const parsed = frontPageFormSchema(timeZone).safeParse({ layout: layoutJson, editionId: desk.editionId });
    if (parsed.success) return setErrors({});
    event.preventDefault();
    const found: Errors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.slice(1).join(".") || "form";
      (found[key] ??= []).push(issue.message);
    }
    setErrors(found);
    setNotice("Please correct the fields marked below.");
  }

  return (
    <div className="space-y-8">
      <p role="status" aria-live="polite" className="sr-only">
        {notice}
      </p>
      <StorySearch editionId={desk.editionId} onLead={makeLead} onTop={addToTop} placed={placed} />

      <form action={action} onSubmit={check} className="space-y-8">
        <input type="hidden" name="layout" value={layoutJson} />
        <input type="hidden" name="editionId" value={desk.editionId} />
        <section aria-labelledby="lead-heading" className="rounded border border-rule p-4">
          <h2 id="lead-heading" className="section-title">
            Lead story
          </h2>
          {lead ? (
            <SlotRow
              slot={lead}
              story={stories[lead.articleId]}
              label="Lead"
              timeZoneName={timeZoneName}
              errors={errors["lead.until"]}
              onUntil={(until) => setLead({ ...lead, until })}
              onRemove={() => {
                setLead(null);
                setNotice("The latest story leads again.");
              }}
            />
          ) : (
            <p className="mt-2 text-muted">No story chosen: the latest story leads. Find a story above and choose Make lead.</p>
          )}
        </section>

        <section aria-labelledby="top-heading" className="rounded border border-rule p-4">
          <h2 id="top-heading" className="section-title">
            Top stories
          </h2>
          <p className="mt-1 text-sm text-muted">Drag a story by its handle, or use Move up and Move down. Up to {TOP_STORIES_MAX}.</p>
          {errors.top && <p className="mt-1 text-sm font-medium text-accent">{errors.top.join(" ")}</p>}
          {top.length === 0 ? (
            <p className="mt-2 text-muted">No top stories chosen: the latest stories fill them.</p>
          ) : (
            <SortableStories
              ids={top.map((slot) => slot.articleId)}
              onMove={(from, to) => moveTop(from, to)}
              render={(id, index, handle) => (
                <SlotRow
                  slot={top[index]!}
                  story={stories[id]}
                  label={`Top story ${index + 1}`}
                  timeZoneName={timeZoneName}
                  errors={errors[`top.${index}.until`]}
                  handle={handle}
                  onUntil={(until) => setTop((list) => list.map((slot, at) => (at === index ? { ...slot, until } : slot)))}
                  onRemove={() => {
                    setTop((list) => list.filter((_, at) => at !== index));
                    setNotice(`${title(id)} removed from the top stories.`);
                  }}
                  extra={
                    <>
                      <button type="button" className={smallButton} disabled={index === 0} onClick={() => moveTop(index, index - 1)} aria-label={`Move up: ${title(id)}`}>
                        Move up
                      </button>
                      <button type="button" className={smallButton} disabled={index === top.length - 1} onClick={() => moveTop(index, index + 1)} aria-label={`Move down: ${title(id)}`}>
                        Move down
                      </button>
                      <button type="button" className={smallButton} onClick={() => makeLead(id)} aria-label={`Make lead: ${title(id)}`}>
                        Make lead
                      </button>
                    </>
                  }
                />
              )}
            />
          )}
        </section>

        <BlocksEditor blocks={blocks} setBlocks={setBlocks} desk={desk} errors={errors} setNotice={setNotice} />

        {errors.form && <p className="text-sm font-medium text-accent">{errors.form.join(" ")}</p>}
        <SubmitButton>Save front page</SubmitButton>
      </form>
    </div>
  );
}

function SlotRow({
  slot,
  story,
  label,
  timeZoneName,
  errors,
  handle,
  extra,
  onUntil,
  onRemove,
}: {
  slot: SlotState;
  story: DeskStory | undefined;
  label: string;
  timeZoneName: string;
  errors?: string[];
  handle?: React.ReactNode;
  extra?: React.ReactNode;
  onUntil: (until: string) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const name = story?.title ?? "A story";
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3">
      {handle}
      <div className="min-w-0 flex-1">
        <p className="font-serif text-lg font-bold">{name}</p>
        <p className="text-sm text-muted">
          {[story?.category, story?.hasPicture ? "with picture" : "no picture"].filter(Boolean).join(" · ")}
        </p>
        <div className="mt-2">
          <label htmlFor={id} className="field-label">
            {label}: pinned until
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted">
            Optional, on {timeZoneName} clocks. After it, the latest story takes this place.
          </p>
          <input
            id={id}
            type="datetime-local"
            step={1}
            className={inputClass}
            value={slot.until}
            onChange={(event) => onUntil(event.target.value)}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={errors?.length ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
          {errors?.length ? (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        {extra}
        <button type="button" className={smallButton} onClick={onRemove} aria-label={`Remove: ${name}`}>
          Remove
        </button>
      </div>
    </div>
  );
}

function SortableStories({ ids, onMove, render }: { ids: string[]; onMove: (from: number, to: number) => void; render: (id: string, index: number, handle: React.ReactNode) => React.ReactNode }) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  }
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol aria-label="Top stories" className="mt-2 list-none divide-y divide-rule">
          {ids.map((id, index) => (
            <SortableItem key={id} id={id}>
              {(handle) => render(id, index, handle)}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({ id, children }: { id: string; children: (handle: React.ReactNode) => React.ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const handle = (
    <button type="button" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label="Drag to reorder" className={`${smallButton} cursor-grab touch-none`}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={`bg-paper py-2 ${isDragging ? "relative z-10 shadow-lg" : ""}`}>
      {children(handle)}
    </li>
  );
}

function StorySearch({ editionId, onLead, onTop, placed }: { editionId: string; onLead: (story: DeskStory) => void; onTop: (story: DeskStory) => void; placed: Set<string | undefined> }) {
  const [words, setWords] = useState("");
  const [results, setResults] = useState<DeskStory[] | null>(null);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  function search(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const answer = await searchStoriesAction(words, editionId);
      if (answer.status === "error") {
        setMessage(answer.message ?? "The search failed.");
        return;
      }
      const stories = "stories" in answer ? (answer.stories ?? []) : [];
      setResults(stories);
      setMessage(stories.length ? "" : "No published story has these words in its headline.");
    });
  }
  return (
    <section aria-labelledby="find-heading" className="rounded border border-rule p-4">
      <h2 id="find-heading" className="section-title">
        Find a story
      </h2>
      <form role="search" onSubmit={search} className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="story-search" className="field-label">
            Headline words
          </label>
          <input id="story-search" type="search" className={inputClass} value={words} maxLength={200} onChange={(event) => setWords(event.target.value)} />
        </div>
        <button type="submit" className={buttonClass("secondary")} disabled={pending}>
          Search stories
        </button>
      </form>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-muted">
        {pending ? "Searching…" : message}
      </p>
      {results && results.length > 0 && (
        <ul aria-label="Stories found" className="mt-2 list-none divide-y divide-rule">
          {results.map((story) => (
            <li key={story.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{story.title}</span>{" "}
                <span className="text-sm text-muted">{[story.category, story.hasPicture ? "with picture" : null].filter(Boolean).join(" · ")}</span>
              </span>
              <span className="flex gap-2">
                <button type="button" className={smallButton} onClick={() => onLead(story)} aria-label={`Make lead: ${story.title}`}>
                  Make lead
                </button>
                <button type="button" className={smallButton} disabled={placed.has(story.id)} onClick={() => onTop(story)} aria-label={`Add to top stories: ${story.title}`}>
                  Add to top stories
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function BlocksEditor({
  blocks,
  setBlocks,
  desk,
  errors,
  setNotice,
}: {
  blocks: Block[];
  setBlocks: React.Dispatch<React.SetStateAction<Block[]>>;
  desk: DeskData;
  errors: Errors;
  setNotice: (text: string) => void;
}) {
  const [choice, setChoice] = useState("");
  const [count, setCount] = useState("3");
  const [pictures, setPictures] = useState(true);
  const nameOf = (block: Pick<Block, "kind" | "slug">) =>
    (block.kind === "category" ? desk.sections : desk.tags).find((term) => term.slug === block.slug)?.name ?? block.slug;
  function add() {
    const [kind, slug] = choice.split(":") as [Block["kind"], string];
    if (!slug) return setNotice("Choose a section or a tag for the block.");
    if (blocks.some((block) => block.kind === kind && block.slug === slug)) return setNotice(`${nameOf({ kind, slug })} already has a block.`);
    const stories = Math.min(BLOCK_STORIES_MAX, Math.max(1, Number.parseInt(count, 10) || 3));
    setBlocks((list) => [...list, { kind, slug, count: stories, pictures }]);
    setNotice(`Block added: ${nameOf({ kind, slug })}.`);
  }
  return (
    <section aria-labelledby="blocks-heading" className="rounded border border-rule p-4">
      <h2 id="blocks-heading" className="section-title">
        Section blocks
      </h2>
      <p className="mt-1 text-sm text-muted">Each block shows the latest stories of a section or a tag, below the top stories.</p>
      {errors.blocks && <p className="mt-1 text-sm font-medium text-accent">{errors.blocks.join(" ")}</p>}
      {blocks.length === 0 ? (
        <p className="mt-2 text-muted">No blocks chosen: the sections with the latest stories are shown.</p>
      ) : (
        <ol aria-label="Section blocks" className="mt-2 list-none divide-y divide-rule">
          {blocks.map((block, index) => (
            <li key={`${block.kind}:${block.slug}`} className="flex flex-wrap items-center gap-3 py-2">
              <span className="min-w-40 flex-1 font-medium">
                {nameOf(block)} <span className="text-sm text-muted">({block.kind === "category" ? "section" : "tag"})</span>
              </span>
              <label className="flex items-center gap-1 text-sm">
                Stories
                <input
                  type="number"
                  min={1}
                  max={BLOCK_STORIES_MAX}
                  className={`${inputClass} w-20`}
                  value={block.count}
                  onChange={(event) => setBlocks((list) => list.map((item, at) => (at === index ? { ...item, count: Number.parseInt(event.target.value, 10) || 1 } : item)))}
                />
              </label>
              <label className="flex items-center gap-1 text-sm">
                <input type="checkbox" checked={block.pictures} onChange={(event) => setBlocks((list) => list.map((item, at) => (at === index ? { ...item, pictures: event.target.checked } : item)))} />
                With pictures
              </label>
              <button type="button" className={smallButton} disabled={index === 0} onClick={() => setBlocks((list) => move(list, index, index - 1))} aria-label={`Move up: ${nameOf(block)} block`}>
                Move up
              </button>
              <button type="button" className={smallButton} disabled={index === blocks.length - 1} onClick={() => setBlocks((list) => move(list, index, index + 1))} aria-label={`Move down: ${nameOf(block)} block`}>
                Move down
              </button>
              <button type="button" className={smallButton} onClick={() => setBlocks((list) => list.filter((_, at) => at !== index))} aria-label={`Remove: ${nameOf(block)} block`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {blocks.length < BLOCKS_MAX && (
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="block-term" className="field-label">
              Section or tag
            </label>
            <select id="block-term" className={inputClass} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">Choose…</option>
              <optgroup label="Sections">
                {desk.sections.map((term) => (
                  <option key={term.slug} value={`category:${term.slug}`}>
                    {term.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Tags">
                {desk.tags.map((term) => (
                  <option key={term.slug} value={`tag:${term.slug}`}>
                    {term.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <div>
            <label htmlFor="block-count" className="field-label">
              How many stories
            </label>
            <input id="block-count" type="number" min={1} max={BLOCK_STORIES_MAX} className={`${inputClass} w-24`} value={count} onChange={(event) => setCount(event.target.value)} />
          </div>
          <label className="flex items-center gap-2 pb-2">
            <input type="checkbox" checked={pictures} onChange={(event) => setPictures(event.target.checked)} />
            With pictures
          </label>
          <button type="button" className={buttonClass("secondary")} onClick={add}>
            Add block
          </button>
        </div>
      )}
    </section>
  );
}
