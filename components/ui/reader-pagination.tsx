import { getTranslations } from "next-intl/server";
import type { PageInfo } from "@/lib/content/pagination";
import { Pagination } from "./pagination";

/** Pagination in the reader page's language (messages, namespace "Pagination"). */
export async function ReaderPagination(props: { info: PageInfo; basePath: string; label: string }) {
  if (props.info.totalPages <= 1) return null;
  const t = await getTranslations("Pagination");
  return <Pagination {...props} words={{ newer: t("newer"), older: t("older"), pageOf: (page, total) => t("pageOf", { page, total }) }} />;
}
