import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from '@portal/graphql-client';

export interface Loaded<T> {
  data: T | undefined;
  error: CombinedError | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Runs `load` whenever `key` changes (and on reload()); keeps the previous data while the next
 * answer is on its way, and ignores answers that arrive after a newer request.
 */
export function useLoad<T>(load: () => Promise<{ data: T | undefined; error: CombinedError | undefined }>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: CombinedError | undefined; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    void load().then(
      ({ data, error }) => {
        if (ticket === latest.current) setState({ data: error ? undefined : data, error, loading: false });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ data: undefined, error: error as CombinedError, loading: false });
      },
    );
    // `load` is described by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
