// A copy of a string that holds no reference to the text it was cut from. V8 keeps a slice of 13
// characters or more as a view into its parent, so a long-lived cache keyed by names sliced out of
// articles kept every one of those articles alive (a 30,000-article batch grew by ~7 KB per article).
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
