// A webhook event as one OpenTelemetry log record, encoded by hand as OTLP/HTTP protobuf
// (an ExportLogsServiceRequest, POSTed to <collector>/v1/logs): a handful of fields of
// opentelemetry-proto's logs/v1, common/v1 and resource/v1 do not need a protobuf library.
// The record carries the trace and span ids of the report that made the event, when it
// carried them. test/server/otlp.test.ts decodes it with the official Go definitions.

import type { WebhookEvent } from "./webhooks.js";

/** What the report behind an event said of where it happened. */
export interface EventOrigin {
  traceId?: string;
  spanId?: string;
  release?: string;
  host?: string;
}

/** SeverityNumber SEVERITY_NUMBER_ERROR. */
const SEVERITY_ERROR = 17;

/** The OTLP/HTTP logs URL of a collector: `/v1/logs` added unless given. */
export function otlpLogsUrl(base: string): string {
  return /\/v1\/logs\/?$/.test(base) ? base : `${base.replace(/\/+$/, "")}/v1/logs`;
}

export function otlpLogs(event: WebhookEvent, origin: EventOrigin, version: string): Uint8Array {
  const { issue } = event;
  const attributes = [
    keyValue("panicscope.event", event.event),
    keyValue("panicscope.issue.id", issue.id),
    keyValue("panicscope.issue.title", issue.title),
    keyValue("panicscope.issue.fingerprint", issue.fingerprint),
    keyValue("panicscope.issue.category", issue.category),
    keyValue("panicscope.issue.rule", issue.rule),
    keyValue("panicscope.issue.count", issue.count),
    keyValue("panicscope.issue.status", issue.status),
    keyValue("panicscope.report.id", event.report),
  ];
  if (origin.release !== undefined) {
    attributes.push(keyValue("panicscope.report.release", origin.release));
  }
  if (origin.host !== undefined) attributes.push(keyValue("panicscope.report.host", origin.host));
  const nanoseconds = BigInt(Date.parse(issue.lastSeen)) * 1_000_000n;
  const record: Uint8Array[] = [
    fixed64(1, nanoseconds), // time_unix_nano
    fixed64(11, BigInt(Date.now()) * 1_000_000n), // observed_time_unix_nano
    varintField(2, SEVERITY_ERROR), // severity_number
    string(3, "ERROR"), // severity_text
    message(5, anyValue(`${event.event}: ${issue.title}`)), // body
    ...attributes.map((kv) => message(6, kv)),
  ];
  const traceId = hexBytes(origin.traceId, 16);
  const spanId = hexBytes(origin.spanId, 8);
  if (traceId !== null) record.push(bytes(9, traceId)); // trace_id
  if (traceId !== null && spanId !== null) record.push(bytes(10, spanId)); // span_id
  record.push(string(12, `panicscope.${event.event}`)); // event_name
  const resource = message(1, keyValue("service.name", "panicscope")); // Resource.attributes
  const scope = concat([string(1, "panicscope"), string(2, version)]); // InstrumentationScope
  const scopeLogs = concat([message(1, scope), message(2, concat(record))]);
  const resourceLogs = concat([message(1, resource), message(2, scopeLogs)]);
  return message(1, resourceLogs); // ExportLogsServiceRequest.resource_logs
}

/** A KeyValue whose AnyValue is a string_value (1) or an int_value (3). */
function keyValue(key: string, value: string | number): Uint8Array {
  return concat([string(1, key), message(2, anyValue(value))]);
}

function anyValue(value: string | number): Uint8Array {
  return typeof value === "string" ? string(1, value) : varintField(3, value);
}

function hexBytes(hex: string | undefined, size: number): Uint8Array | null {
  if (hex === undefined || !new RegExp(`^[0-9a-f]{${size * 2}}$`).test(hex)) return null;
  const out = Buffer.from(hex, "hex");
  return out.some((b) => b !== 0) ? out : null; // all-zero ids are invalid
}

// The wire format: a tag (field << 3 | wire type) before each value; LEN values prefixed by
// their length. Wire types: 0 varint, 1 64-bit, 2 length-delimited.

function varint(value: number | bigint): number[] {
  let n = BigInt(value);
  const out: number[] = [];
  while (n >= 0x80n) {
    out.push(Number(n & 0x7fn) | 0x80);
    n >>= 7n;
  }
  out.push(Number(n));
  return out;
}

function tag(field: number, wire: 0 | 1 | 2): number[] {
  return varint((field << 3) | wire);
}

function varintField(field: number, value: number): Uint8Array {
  return Uint8Array.from([...tag(field, 0), ...varint(value)]);
}

function fixed64(field: number, value: bigint): Uint8Array {
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(value);
  return concat([Uint8Array.from(tag(field, 1)), out]);
}

function bytes(field: number, value: Uint8Array): Uint8Array {
  return concat([Uint8Array.from([...tag(field, 2), ...varint(value.length)]), value]);
}

function string(field: number, value: string): Uint8Array {
  return bytes(field, Buffer.from(value, "utf8"));
}

const message = bytes;

function concat(parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}
