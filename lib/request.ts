import "server-only";
import { headers } from "next/headers";
import { ipFromHeaders } from "./request-ip";

export { ipFromHeaders };

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
