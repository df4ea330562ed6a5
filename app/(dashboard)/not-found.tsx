import { NotFoundMessage } from "@/components/site/not-found-message";

// notFound() in a dashboard page (an article id that does not exist), inside the dashboard's layout.
export default function NotFound() {
  return <NotFoundMessage />;
}
