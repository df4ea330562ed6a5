// Class names shared by server and client components.

// Each is a component class of app/design.css: a name travels to the reader instead of the list.
export const inputClass = "field-input";

export function buttonClass(variant: "primary" | "secondary" | "danger" = "primary") {
  return `btn btn-${variant}`;
}
