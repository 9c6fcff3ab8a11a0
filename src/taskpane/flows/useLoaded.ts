import { useEffect, useRef, useState } from "react";

export interface Loaded<T> {
  /** The last value read; kept while it is read again, cleared when a read fails. */
  readonly value: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
}

export interface LoadHandlers<T> {
  /** Called as each read starts. */
  readonly onStart?: () => void;
  /** Called with each value read, before it is shown. */
  readonly onLoaded?: (value: T) => void;
}

/**
 * Reads what a flow shows whenever `load` changes (memoise it with useCallback on what it reads
 * from), and only keeps the answer of the latest read: one that finishes after the flow moved
 * on, or after the pane closed, is dropped. Undefined `load` reads nothing and keeps what is shown.
 */
export function useLoaded<T>(
  load: (() => Promise<T>) | undefined,
  handlers: LoadHandlers<T> = {}
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({
    value: undefined,
    error: undefined,
    loading: load !== undefined,
  });
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!load) return;
    let current = true;
    setState((shown) => ({ value: shown.value, error: undefined, loading: true }));
    latest.current.onStart?.();
    load().then(
      (value) => {
        if (!current) return;
        latest.current.onLoaded?.(value);
        setState({ value, error: undefined, loading: false });
      },
      (error: unknown) => current && setState({ value: undefined, error, loading: false })
    );
    return () => {
      current = false;
    };
  }, [load]);
  return state;
}
