import { COLUMN_FIT_CHECKS } from "../../ingest/normalize/column-fit";
import type { ReceiverLimits } from "../../ingest/receiver/config";
import { decode } from "../../ingest/receiver/http";
import type { ValidSpan } from "../../ingest/receiver/model";
import { validateSpans } from "../../ingest/receiver/validate";
import type { MetricsRegistry } from "../../telemetry/metrics";
import type { WriteAheadLog } from "../../ingest/wal/log";
import type { LoggedRequest } from "../../ingest/wal/record";
import type { RecentSpans } from "./recent-spans";
import { appendBatch, emptyBatch, type RowBatch } from "../../store/rows-by-table";
import { logger } from "../../telemetry/log";

const logs = logger("wal");

/** The origin of a logged request in the recent-span filter: its segment and record number. */
export const originOf = (segment: number, record: number) => `${segment}:${record}`;

/** A logged request's valid spans: decoded and validated exactly as when it was received. */
function spansOf(record: LoggedRequest, limits: ReceiverLimits): ValidSpan[] {
  return validateSpans(decode(record.encoding, record.body), limits, COLUMN_FIT_CHECKS).valid;
}

/**
 * Rows of requests read back from the log, as if just received. A record that no longer decodes
 * is counted, logged and reported as `unreadable` (its segment then goes to dead/).
 */
export function rowsOfLoggedRequests(
  records: readonly LoggedRequest[],
  segment: number,
  limits: ReceiverLimits,
  rowsOf: (spans: ValidSpan[], origin: string) => RowBatch,
  metrics: MetricsRegistry,
): { rows: RowBatch; spans: number; unreadable: number } {
  const rows = emptyBatch();
  let spans = 0;
  let unreadable = 0;
  records.forEach((record, index) => {
    let valid: ValidSpan[];
    try {
      valid = spansOf(record, limits);
    } catch (err) {
      metrics.counter("llmscope_wal_records_unreadable_total", "Logged requests that no longer decode (kept in the log segment moved to dead/)").inc();
      logs.error(`a logged request in segment ${segment} no longer decodes: ${(err as Error).message}`);
      unreadable++;
      return;
    }
    appendBatch(rows, rowsOf(valid, originOf(segment, index)));
    spans += valid.length;
  });
  return { rows, spans, unreadable };
}

/**
 * Marks the spans of segments an earlier run logged as theirs, before new requests are taken: an
 * exporter re-sending a request whose answer a crash cut off is then recognised. Newest segments
 * first, and only as many spans as the filter holds: older ones would fall out of it anyway, and a
 * large backlog must not hold up the start.
 */
export async function claimLoggedSpans(
  log: WriteAheadLog,
  segments: readonly number[],
  limits: ReceiverLimits,
  recent: RecentSpans,
  maxSpans: number,
): Promise<void> {
  let claimed = 0;
  for (const segment of [...segments].reverse()) {
    if (claimed >= maxSpans) return;
    const { records } = await log.read(segment).catch(() => ({ records: [] as LoggedRequest[] }));
    records.forEach((record, index) => {
      try {
        const spans = spansOf(record, limits);
        recent.keepFirst(spans, originOf(segment, index));
        claimed += spans.length;
      } catch {
        // Counted and reported when the segment is written.
      }
    });
  }
}
