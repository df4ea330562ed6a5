// Media in an S3-compatible bucket (AWS S3, MinIO, R2, s3rver in the tests): what a fleet shares.
// Credentials come from the SDK's own chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, a role).
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { checkKey, StorageUnavailableError, type MediaStorage, type StoredObject } from "./types";

export type S3Settings = { bucket: string; region: string; endpoint?: string; forcePathStyle: boolean };

/** An answer that means "there is no such object" rather than "the storage is not there". */
function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata?.httpStatusCode === 404 && error.name !== "NoSuchBucket";
}

/** Every other failure: the person is told the store is not answering; the cause goes to the logs. */
function unavailable(error: unknown): StorageUnavailableError {
  const detail = error instanceof S3ServiceException ? `${error.name}${error.$metadata?.httpStatusCode ? ` ${error.$metadata.httpStatusCode}` : ""}` : ((error as NodeJS.ErrnoException)?.code ?? (error as Error)?.name ?? "error");
  return new StorageUnavailableError(detail, { cause: error });
}

export function s3Storage(settings: S3Settings): MediaStorage {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    // Newer SDKs add CRC checksums to every request by default; S3-compatible servers (s3rver, older
    // MinIO, some CDNs' buckets) refuse or mis-sign them. Only when an operation requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // A store that does not answer fails the upload in seconds, not minutes.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    maxAttempts: 2,
  });
  const Bucket = settings.bucket;

  async function* listAll(prefix: string): AsyncGenerator<StoredObject> {
    let ContinuationToken: string | undefined;
    do {
      let page;
      try {
        page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }));
      } catch (error) {
        throw unavailable(error);
      }
      for (const object of page.Contents ?? []) {
        if (object.Key) yield { key: object.Key, size: object.Size ?? 0 };
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  return {
    kind: "s3",
    description: `the bucket ${Bucket}${settings.endpoint ? ` at ${settings.endpoint}` : ""}`,
    async put(key, body, contentType) {
      checkKey(key);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: checkKey(key),
            Body: body,
            ContentType: contentType,
            ContentLength: body.length,
            // Names are random and never reused: a CDN may keep them forever.
            CacheControl: "public, max-age=31536000, immutable",
          }),
        );
      } catch (error) {
        throw unavailable(error);
      }
    },
    async get(key) {
      checkKey(key);
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: checkKey(key) }));
        return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (isMissing(error)) return null;
        throw unavailable(error);
      }
    },
    async head(key) {
      checkKey(key);
      try {
        const answer = await client.send(new HeadObjectCommand({ Bucket, Key: checkKey(key) }));
        return { size: answer.ContentLength ?? 0, ...(answer.ETag ? { etag: answer.ETag.replace(/"/g, "") } : {}) };
      } catch (error) {
        if (isMissing(error)) return null;
        throw unavailable(error);
      }
    },
    async delete(keys) {
      keys.forEach(checkKey);
      try {
        // One request per key: every S3-compatible server has DeleteObject; not all have DeleteObjects.
        await Promise.all(keys.map((key) => client.send(new DeleteObjectCommand({ Bucket, Key: checkKey(key) }))));
      } catch (error) {
        if (!isMissing(error)) throw unavailable(error);
      }
    },
    list(prefix = "") {
      return listAll(prefix);
    },
  };
}
