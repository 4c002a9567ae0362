import { z } from "zod";

const positiveInt = () => z.coerce.number().int().positive();

/**
 * Limits the receiver enforces on each request and each span. A span over a per-span limit is
 * rejected alone (partial success); a body over `maxBodyBytes` is refused whole (413).
 */
export const ReceiverLimitsSchema = z
  .object({
    /** Largest body accepted, measured after gzip decompression (enforced while inflating). */
    maxBodyBytes: positiveInt().default(16 * 1024 * 1024),
    maxAttributesPerSpan: positiveInt().default(256),
    maxAttributeKeyLength: positiveInt().default(256),
    /** UTF-8 bytes of a string value, or of an array/kvlist value rendered as JSON. */
    maxAttributeValueBytes: positiveInt().default(1024 * 1024),
    maxEventsPerSpan: positiveInt().default(1024),
    maxLinksPerSpan: positiveInt().default(1024),
  })
  .strict();

export type ReceiverLimits = z.infer<typeof ReceiverLimitsSchema>;

export const DEFAULT_RECEIVER_LIMITS: ReceiverLimits = Object.freeze(ReceiverLimitsSchema.parse({}));
