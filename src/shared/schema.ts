// Tiny runtime schemas for the message table (shared/messages.ts): each is a type guard, and
// `Infer` turns one into its TypeScript type, so a request's type and its validation are
// written once. Objects read own fields only (no prototype walk), sizes are capped, and
// nothing walks a value deeper than the schema names.

export type Check<T> = (v: unknown) => v is T
/** A field that may be absent (`obj` makes it an optional property). */
export type Opt<T> = Check<T | undefined> & { readonly optional: true }

export type Infer<C> = C extends Check<infer T> ? T : never

type Shape = Record<string, Check<unknown>>
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never
}[keyof S]
type Simplify<T> = { [K in keyof T]: T[K] } & {}
export type ObjOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>
  }
>

export const MAX_STR = 4_000_000 // a 2 MB article plus slack
export const MAX_ITEMS = 200_000

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)

export const isObj = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)

/** An own field of `o` (a field behind `__proto__` is not a field). */
export const field = (o: Record<string, unknown>, k: string): unknown =>
  hasOwn(o, k) ? o[k] : undefined

export const str =
  (max = MAX_STR): Check<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max

/** A non-negative integer. */
export const int: Check<number> = (v): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0
export const num: Check<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v)
export const bool: Check<boolean> = (v): v is boolean => typeof v === 'boolean'

/** YYYY-MM-DD or null. */
export const date: Check<string | null> = (v): v is string | null =>
  v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))

/** Only http(s): no javascript:/data: link can be stored and come back out. */
export const webUrl: Check<string> = (v): v is string =>
  typeof v === 'string' && v.length <= 8000 && /^https?:\/\//i.test(v)

export const oneOf =
  <const T extends string>(values: readonly T[]): Check<T> =>
  (v): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v)

export const nullable =
  <T>(c: Check<T>): Check<T | null> =>
  (v): v is T | null =>
    v === null || c(v)

export function optional<T>(c: Check<T>): Opt<T> {
  const check = ((v: unknown) => v === undefined || c(v)) as Check<T | undefined>
  return Object.assign(check, { optional: true as const })
}

export const arr =
  <T>(c: Check<T>, max = MAX_ITEMS): Check<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.length <= max && v.every((x) => c(x))

export function obj<S extends Shape>(shape: S): Check<ObjOf<S>> {
  const keys = Object.keys(shape)
  return (v): v is ObjOf<S> => isObj(v) && keys.every((k) => shape[k]!(field(v, k)))
}

/** A check written by hand, for shapes the combinators do not say well. */
export const custom = <T>(pred: (v: unknown) => boolean): Check<T> => pred as Check<T>
