import Link from "next/link";
import { CalendarBoard, type BoardDay } from "@/components/dashboard/calendar-board";
import { listCalendarStories } from "@/lib/articles/dashboard-queries";
import { addDaysTo, dayOf, parseDay, rangeOf, weekOf } from "@/lib/articles/calendar";
import { requirePagePermission } from "@/lib/auth/session";
import { describeSiteTimeZone, formatTime, siteTimeZone } from "@/lib/format";
import { formatDateInZone } from "@/lib/format-core";

export const metadata = { title: "Calendar" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const href = (view: "week" | "day", day: string) => `/dashboard/calendar?view=${view}&date=${day}`;

export default async function CalendarPage({ searchParams }: Props) {
  const user = await requirePagePermission("article:create");
  const search = await searchParams;
  const view = search.view === "day" ? "day" : "week";
  const today = dayOf(new Date(), siteTimeZone);
  const day = parseDay(search.date, siteTimeZone);
  const days = view === "week" ? weekOf(day, siteTimeZone) : [day];
  const { from, to } = rangeOf(days[0]!, days.at(-1)!, siteTimeZone);
  const stories = await listCalendarStories(user, from, to);
  const weekday = (d: string) => new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: siteTimeZone }).format(rangeOf(d, d, siteTimeZone).from);
  const dayHeading = (d: string) => `${weekday(d)} ${formatDateInZone(rangeOf(d, d, siteTimeZone).from, siteTimeZone)}`;
  const board: BoardDay[] = days.map((d) => ({
    day: d,
    heading: dayHeading(d),
    href: href("day", d),
    today: d === today,
    stories: stories
      .filter((story) => dayOf(story.publishedAt, siteTimeZone) === d)
      .map((story) => ({ id: story.id, title: story.title, time: formatTime(story.publishedAt), scheduled: story.scheduled, author: story.author, section: story.section })),
  }));
  const step = view === "week" ? 7 : 1;
  const unit = view === "week" ? "week" : "day";
  const title = view === "week" ? `Week of ${dayHeading(days[0]!)}` : dayHeading(day);

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Calendar</h1>
      <p className="mt-1 text-sm text-muted">
        {title}. Scheduled and published stories; drag a scheduled story to another day, or use its “Move to” date. Times are in {describeSiteTimeZone(from)}.
      </p>
      <nav aria-label="Calendar" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
        <Link href={href(view, addDaysTo(day, -step, siteTimeZone))} className="rounded border border-rule px-3 py-1 hover:border-ink">
          <span aria-hidden="true">← </span>Previous {unit}
        </Link>
        <Link href={href(view, today)} className="rounded border border-rule px-3 py-1 hover:border-ink">
          {view === "week" ? "This week" : "Today"}
        </Link>
        <Link href={href(view, addDaysTo(day, step, siteTimeZone))} className="rounded border border-rule px-3 py-1 hover:border-ink">
          Next {unit}
          <span aria-hidden="true"> →</span>
        </Link>
        <span className="mx-2 text-muted" aria-hidden="true">
          |
        </span>
        <Link href={href("week", day)} aria-current={view === "week" ? "page" : undefined} className="rounded border border-rule px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-white">
          Week
        </Link>
        <Link href={href("day", day)} aria-current={view === "day" ? "page" : undefined} className="rounded border border-rule px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-white">
          Day
        </Link>
      </nav>
      <CalendarBoard key={`${view}-${day}`} days={board} columns={view} />
    </>
  );
}
