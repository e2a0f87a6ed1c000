/**
 * Tiny runtime validators for message payloads. Every payload that crosses the messaging boundary
 * is untrusted (a compromised page can script our content script's world), so the background
 * checks shape, types and sizes before any handler sees it.
 */
export type Validator<T> = (value: unknown, path: string) => T;

export class PayloadError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'PayloadError';
  }
}

export const str =
  (opts: { max?: number; pattern?: RegExp } = {}): Validator<string> =>
  (v, path) => {
    if (typeof v !== 'string') throw new PayloadError(path, 'expected a string');
    if (v.length > (opts.max ?? 2048)) throw new PayloadError(path, `longer than ${opts.max ?? 2048} characters`);
    if (opts.pattern && !opts.pattern.test(v)) throw new PayloadError(path, 'has an invalid format');
    return v;
  };

export const int =
  (opts: { min?: number; max?: number } = {}): Validator<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new PayloadError(path, 'expected a whole number');
    if (opts.min !== undefined && v < opts.min) throw new PayloadError(path, `below ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) throw new PayloadError(path, `above ${opts.max}`);
    return v;
  };

export const bool: Validator<boolean> = (v, path) => {
  if (typeof v !== 'boolean') throw new PayloadError(path, 'expected true or false');
  return v;
};

export const oneOf =
  <const T extends readonly string[]>(values: T): Validator<T[number]> =>
  (v, path) => {
    if (typeof v !== 'string' || !values.includes(v)) throw new PayloadError(path, `expected one of ${values.join(', ')}`);
    return v as T[number];
  };

export const arrayOf =
  <T>(item: Validator<T>, opts: { max: number; min?: number }): Validator<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) throw new PayloadError(path, 'expected a list');
    if (v.length > opts.max) throw new PayloadError(path, `more than ${opts.max} items`);
    if (v.length < (opts.min ?? 0)) throw new PayloadError(path, `fewer than ${opts.min} items`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };

export const optional =
  <T>(inner: Validator<T>): Validator<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : inner(v, path);

type Shape = Record<string, Validator<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object with exactly these keys: unknown keys are refused, not ignored. */
export const object =
  <S extends Shape>(shape: S): Validator<Out<S>> =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PayloadError(path, 'expected an object');
    for (const key of Object.keys(v)) {
      if (!(key in shape)) throw new PayloadError(`${path}.${key}`, 'is not allowed');
    }
    const out: Record<string, unknown> = {};
    for (const [key, validate] of Object.entries(shape)) {
      const value = validate((v as Record<string, unknown>)[key], `${path}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as Out<S>;
  };
