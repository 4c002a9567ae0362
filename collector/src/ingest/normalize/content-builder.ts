import type { AnyValue } from "../receiver/model";
import type { CanonicalContent, ContentSource } from "./content";

type ContentFields = Omit<CanonicalContent, "sources">;

/**
 * Collects a span's content from the dialect readers: the first reader to supply a field wins (the
 * same priority as the canonical record), and every key that carried content is listed as a source.
 */
export class ContentBuilder {
  private readonly fields: ContentFields = {};
  // Most spans carry no content: the list and the set are made for the first source only.
  private sources: ContentSource[] | null = null;
  private seen: Set<string> | null = null;

  has<K extends keyof ContentFields>(field: K): boolean {
    return this.fields[field] !== undefined;
  }

  set<K extends keyof ContentFields>(field: K, value: ContentFields[K] | undefined): void {
    if (this.fields[field] === undefined && value !== undefined) this.fields[field] = value;
  }

  /** Records a span attribute as a content source when it holds a non-empty value. */
  source(key: string, value: AnyValue | undefined): void {
    if (isEmpty(value) || !this.firstTime(key)) return;
    this.sources!.push({ where: "span", key });
  }

  eventSource(eventIndex: number, key: string, value: AnyValue | undefined): void {
    if (isEmpty(value) || !this.firstTime(`${eventIndex}\u0000${key}`)) return;
    this.sources!.push({ where: "event", eventIndex, key });
  }

  /** The content, or null when no attribute carried any. */
  build(): CanonicalContent | null {
    if (this.sources === null) return null;
    return { ...this.fields, sources: this.sources };
  }

  private firstTime(id: string): boolean {
    if (this.seen === null) {
      this.seen = new Set([id]);
      this.sources = [];
      return true;
    }
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    return true;
  }
}

function isEmpty(value: AnyValue | undefined): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}
