"use client";

// The calendar's days with their stories. A scheduled story moves to another day by dragging it onto
// that day (dnd-kit, as the front-page desk), or without a mouse with its "Move to" date and button;
// either way the server keeps its time of day and checks it as the editor's Schedule button would.
import { DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import Link from "next/link";
import { startTransition, useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";
import { idleState } from "@/lib/actions/state";
import { rescheduleArticleAction } from "@/lib/articles/actions";

export type BoardStory = { id: string; title: string; time: string; scheduled: boolean; author: string; section: string | null };
export type BoardDay = { day: string; heading: string; href: string; today: boolean; stories: BoardStory[] };

function Story({ story, day, dispatch, pending }: { story: BoardStory; day: string; dispatch: (formData: FormData) => void; pending: boolean }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: story.id, disabled: !story.scheduled, data: { day } });
  const inputId = useId();
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      data-story={story.id}
      className={`rounded border border-rule bg-paper p-2 text-sm ${story.scheduled ? "cursor-grab border-l-4 border-l-sky-700" : ""} ${isDragging ? "relative z-10 shadow-lg" : ""}`}
      {...(story.scheduled ? listeners : {})}
      {...(story.scheduled ? { ...attributes, tabIndex: -1, role: undefined, "aria-roledescription": undefined, "aria-describedby": undefined } : {})}
    >
      <p className="text-muted">
        <time>{story.time}</time> · {story.scheduled ? "Scheduled" : "Published"}
      </p>
      <Link href={`/dashboard/articles/${story.id}/edit`} className="font-medium underline hover:text-accent">
        {story.title}
      </Link>
      <p className="text-muted">
        {story.author}
        {story.section ? ` · ${story.section}` : ""}
      </p>
      {story.scheduled && (
        <form action={dispatch} className="mt-2 flex flex-wrap items-end gap-2" onPointerDown={(event) => event.stopPropagation()}>
          <input type="hidden" name="articleId" value={story.id} />
          <div>
            <label htmlFor={inputId} className="block text-xs font-medium">
              Move to<span className="sr-only"> (new day for “{story.title}”)</span>
            </label>
            <input id={inputId} name="day" type="date" required defaultValue={day} className="field-input py-1 text-sm" />
          </div>
          <button type="submit" disabled={pending} className={buttonClass("secondary")}>
            Move<span className="sr-only"> “{story.title}”</span>
          </button>
        </form>
      )}
    </li>
  );
}

function Day({ day, dispatch, pending }: { day: BoardDay; dispatch: (formData: FormData) => void; pending: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: day.day });
  const headingId = useId();
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-day={day.day}
      className={`min-h-40 rounded border p-2 ${isOver ? "border-ink bg-surface" : "border-rule"} ${day.today ? "border-t-4 border-t-accent" : ""}`}
    >
      <h2 id={headingId} className="text-sm font-bold">
        <Link href={day.href} className="underline">
          {day.heading}
        </Link>
        {day.today && <span className="ml-1 font-normal text-muted">(today)</span>}
      </h2>
      {day.stories.length === 0 ? (
        <p className="mt-2 text-xs text-muted">Nothing.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {day.stories.map((story) => (
            <Story key={story.id} story={story} day={day.day} dispatch={dispatch} pending={pending} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function CalendarBoard({ days, columns }: { days: BoardDay[]; columns: "week" | "day" }) {
  const [state, dispatch, pending] = useActionState(rescheduleArticleAction, idleState);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = (event: DragEndEvent) => {
    const to = event.over?.id;
    const from = event.active.data.current?.day;
    if (typeof to !== "string" || to === from) return;
    const formData = new FormData();
    formData.set("articleId", String(event.active.id));
    formData.set("day", to);
    startTransition(() => dispatch(formData));
  };
  return (
    <>
      <div className="mt-4">
        <FormMessage state={state} />
      </div>
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <div className={`mt-4 grid gap-2 ${columns === "week" ? "md:grid-cols-7" : ""}`}>
          {days.map((day) => (
            <Day key={day.day} day={day} dispatch={dispatch} pending={pending} />
          ))}
        </div>
      </DndContext>
    </>
  );
}
