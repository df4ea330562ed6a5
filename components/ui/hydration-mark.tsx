"use client";
// Marks the document once React has hydrated it (`<html data-hydrated>`): from then on every form and
// button of the page runs its script. The end-to-end fixture waits for it after each page load, as a
// person waits for a page to respond (e2e/fixtures.ts); a stylesheet may use it too.
import { useEffect } from "react";

export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
