// Ordering tag names the way a Japanese reader expects: kana in gojūon order, numbers by value.

let collator: Intl.Collator | null = null;

/** Compares two tag names for display (Intl.Collator "ja", numeric), ties broken by code units so the order is total. */
export function compareTagNames(a: string, b: string): number {
  collator ??= new Intl.Collator("ja", { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
