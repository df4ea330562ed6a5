// The header and footer menus an editor chooses: one schema for the form and the action,
// and the same items read back from the database.
import { z } from "zod";
import { RecordIdSchema, singleLine } from "@/lib/actions/schemas";
import { editionSettingKey } from "@/lib/editions/default-edition";

export const MENU_ITEMS_MAX = 24;
export const MENUS = ["header", "footer"] as const;
export type MenuName = (typeof MENUS)[number];

const ADDRESS_MESSAGE = "Give an address starting with / (a page of this site) or https://.";

export const MenuItemSchema = z.object({
  label: singleLine(z.string().trim().min(1, "Give the link a name.").max(60, "Keep the name under 60 characters.")),
  href: z
    .string()
    .trim()
    .min(1, ADDRESS_MESSAGE)
    .max(2000, "Keep the address under 2,000 characters.")
    .refine((value) => (value.startsWith("/") && !value.startsWith("//")) || /^https?:\/\/[^\s]+$/i.test(value), ADDRESS_MESSAGE),
});
export type MenuItem = z.output<typeof MenuItemSchema>;

export const MenuItemsSchema = z.array(MenuItemSchema).max(MENU_ITEMS_MAX, `At most ${MENU_ITEMS_MAX} links in a menu.`);

/** "Save header menu" / "Save footer menu": the menu's links in order, as JSON the form's script writes. */
export const MenuFormSchema = z.object({
  menu: z.enum(MENUS),
  /** The edition whose menu this is (the desk shows one edition at a time). */
  editionId: RecordIdSchema,
  items: z
    .string()
    .max(64_000, "The menu is too large.")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "This page is out of date. Reload it and try again." });
        return z.NEVER;
      }
    })
    .pipe(MenuItemsSchema),
});

/** One link typed by the editor ("Add link"), checked in the browser with the same rule. */
export const MenuLinkFormSchema = MenuItemSchema;

/** Where an edition's menu is kept: `menu:header`, or `menu:header:<edition id>` (editionSettingKey). */
export function menuSettingKey(menu: MenuName, editionId: string): string {
  return editionSettingKey(`menu:${menu}`, editionId);
}
