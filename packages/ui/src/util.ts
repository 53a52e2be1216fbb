/** Joins the truthy class names. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Space-separated ids for aria-describedby, or undefined when there is none. */
export function ids(...values: (string | false | null | undefined)[]): string | undefined {
  const list = values.filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}
