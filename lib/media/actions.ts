"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { callAction, formAction } from "@/lib/actions/staff-action";
import { invalidState, refusalState, successState } from "@/lib/actions/state";
import { createMedia, deleteMedia, updateMedia } from "@/lib/media/mutations";
import { searchMediaItems } from "@/lib/media/queries";
import { MediaDeleteSchema, MediaQuerySchema, MediaUpdateSchema, MediaUploadSchema } from "@/lib/media/schemas";

const LIBRARY_PATH = "/dashboard/media";

/** Upload an image to the library with its alt text, caption and credit. */
export const uploadMediaAction = formAction({ permission: "media:upload", schema: MediaUploadSchema }, async (input, { user, formData }) => {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return invalidState({ file: ["Choose an image to upload."] }, formData);
  const result = await createMedia(user, file, input);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath(LIBRARY_PATH);
  return successState(`Uploaded ${result.item.filename}.`, { item: result.item });
});

export const updateMediaAction = formAction({ permission: "media:upload", schema: MediaUpdateSchema }, async ({ id, ...fields }, { user, formData }) => {
  const result = await updateMedia(user, id, fields);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath(LIBRARY_PATH);
  return successState("Saved.", { item: result.item });
});

export const deleteMediaAction = formAction({ permission: "media:delete", schema: MediaDeleteSchema, summariseErrors: true }, async ({ id }, { user, formData }) => {
  const result = await deleteMedia(user, id);
  if (!result.ok) return refusalState(result, formData);
  revalidatePath(LIBRARY_PATH);
  return successState(`Deleted ${result.filename}.`);
});

/** The newest images matching the words, for the picker. */
export const searchMediaAction = callAction({ permission: "media:upload", args: z.tuple([MediaQuerySchema]) }, async ([query]) =>
  successState("", { items: await searchMediaItems(query) }),
);
