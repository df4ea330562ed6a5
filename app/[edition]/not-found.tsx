import { getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/site/not-found-message";

export default async function NotFound() {
  const t = await getTranslations("Errors");
  return <NotFoundMessage words={{ title: t("notFoundTitle"), text: t("notFoundText"), frontPage: t("frontPage") }} />;
}
