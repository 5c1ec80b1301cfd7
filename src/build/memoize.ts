/** `fn` computed once per distinct `key(...args)`: for views many pages ask for, within one build. */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args) => {
    const k = key(...args);
    if (results.has(k)) return results.get(k)!;
    const result = fn(...args);
    results.set(k, result);
    return result;
  };
}
