/** The shape of a Vietnamese namespace with every string free: an English file typed with it has the same keys. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
