import { useEffect, useRef } from 'react';
import type { Locale } from './i18n.js';
import { formatCount, uiText } from './messages.js';

export interface PaginationLabels {
  previous: string;
  next: string;
  /** The name of the navigation landmark. */
  navigation: string;
  summary(shown: number, totalCount: number): string;
}

export interface PaginationProps {
  totalCount: number;
  /** How many rows are shown (this page, or all loaded so far). */
  shown: number;
  hasNext: boolean;
  hasPrevious: boolean;
  onNext(): void;
  onPrevious(): void;
  labels?: Partial<PaginationLabels>;
  locale?: Locale;
}

/** Previous / next for cursor pagination (Relay connections), with "20 affiché(s) sur 134". */
export function Pagination(props: PaginationProps) {
  const { totalCount, shown, hasNext, hasPrevious, onNext, onPrevious, locale } = props;
  const t = uiText(locale);
  const labels: PaginationLabels = {
    previous: t('previous'),
    next: t('next'),
    navigation: t('pagination'),
    summary: (count, total) =>
      t('shownOfTotal', { shown: formatCount(count, locale), total: formatCount(total, locale) }),
    ...props.labels,
  };
  // A focused button that becomes disabled (last page reached) drops the focus to the body:
  // hand it to the other button instead, so keyboard users keep their place.
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const lastUsed = useRef<'previous' | 'next' | null>(null);
  useEffect(() => {
    // Browsers differ: the focus falls to the body, or stays on the disabled button.
    const active = document.activeElement;
    const lost =
      !active ||
      active === document.body ||
      (active === nextRef.current && !hasNext) ||
      (active === previousRef.current && !hasPrevious);
    if (!lost) return;
    if (lastUsed.current === 'next' && !hasNext && hasPrevious) previousRef.current?.focus();
    if (lastUsed.current === 'previous' && !hasPrevious && hasNext) nextRef.current?.focus();
  }, [hasNext, hasPrevious]);
  return (
    <nav className="pui-pagination" aria-label={labels.navigation}>
      <p className="pui-pagination__summary" aria-live="polite">
        {labels.summary(shown, totalCount)}
      </p>
      <div className="pui-pagination__buttons">
        <button
          type="button"
          className="pui-button pui-button--secondary"
          ref={previousRef}
          disabled={!hasPrevious}
          onClick={() => {
            lastUsed.current = 'previous';
            onPrevious();
          }}
        >
          <span aria-hidden="true">‹ </span>
          {labels.previous}
        </button>
        <button
          type="button"
          className="pui-button pui-button--secondary"
          ref={nextRef}
          disabled={!hasNext}
          onClick={() => {
            lastUsed.current = 'next';
            onNext();
          }}
        >
          {labels.next}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
    </nav>
  );
}
