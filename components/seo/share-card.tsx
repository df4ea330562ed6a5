// The drawing of Gazette's share images (next/og, with its bundled font; nothing is downloaded): the
// masthead's colours, the site's name, a kicker, a headline, a line of text and a footer. Used by the
// article images, live updates' images (with a "LIVE" mark while live) and the site's own image.
// It writes only what its font can draw (lib/seo/share-card-text.ts): a line in another script is left
// out, never drawn as boxes, and nothing is fetched to draw it.
import { shareCardText } from "@/lib/seo/share-card-text";

type Props = { siteName: string; kicker?: string; title: string; text?: string; footer?: string; mark?: string };

export function ShareCard(props: Props) {
  const [siteName, kicker, title, text, footer] = [props.siteName, props.kicker, props.title, props.text, props.footer].map((line) => (line ? (shareCardText(line) ?? "") : ""));
  const mark = props.mark;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#ffffff", borderTop: "24px solid #a4161a" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <div style={{ display: "flex", fontSize: 40, fontWeight: 700, color: "#16181d" }}>{siteName || " "}</div>
        {mark && <div style={{ display: "flex", fontSize: 32, fontWeight: 700, color: "#ffffff", background: "#a4161a", padding: "8px 20px", letterSpacing: 3 }}>{mark}</div>}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        {kicker && <div style={{ fontSize: 28, color: "#a4161a", textTransform: "uppercase", letterSpacing: 2 }}>{kicker}</div>}
        {title && <div style={{ fontSize: title.length > 80 ? 52 : 64, fontWeight: 700, color: "#16181d", lineHeight: 1.1 }}>{title}</div>}
        {text && <div style={{ fontSize: 30, color: "#4b5260", lineHeight: 1.3 }}>{text.slice(0, 180)}</div>}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#4b5260" }}>{footer}</div>
    </div>
  );
}
