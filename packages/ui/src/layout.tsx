import { useId, type ReactNode } from 'react';
import type { Locale } from './i18n.js';
import { uiText } from './messages.js';

export interface PageProps {
  title: string;
  /** Buttons or links for the whole page, shown right of the title. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A portal page: its h1 and a toolbar of actions, then the content. */
export function Page({ title, actions, children }: PageProps) {
  return (
    <div className="pui-page">
      <div className="pui-page__header">
        <h1 className="pui-page__title">{title}</h1>
        {actions && <div className="pui-toolbar">{actions}</div>}
      </div>
      <div className="pui-page__body">{children}</div>
    </div>
  );
}

export interface SectionProps {
  title: string;
  actions?: ReactNode;
  children?: ReactNode;
}

/** A titled block of a page (h2), e.g. "Informations", "Gestion des sites", "Liens utiles". */
export function Section({ title, actions, children }: SectionProps) {
  const titleId = useId();
  return (
    <section className="pui-section" aria-labelledby={titleId}>
      <div className="pui-section__header">
        <h2 className="pui-section__title" id={titleId}>
          {title}
        </h2>
        {actions && <div className="pui-toolbar">{actions}</div>}
      </div>
      <div className="pui-section__body">{children}</div>
    </section>
  );
}

export interface DefinitionListProps {
  /** An empty value (null, undefined, '') is shown as a dash, read "Non renseigné". */
  items: { term: string; value: ReactNode }[];
  locale?: Locale;
}

/** Term / value pairs, as in the company's "Informations" block. */
export function DefinitionList({ items, locale }: DefinitionListProps) {
  return (
    <dl className="pui-dl">
      {items.map(({ term, value }) => (
        <div className="pui-dl__item" key={term}>
          <dt className="pui-dl__term">{term}</dt>
          <dd className="pui-dl__value">
            {value == null || value === '' ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="pui-sr-only">{uiText(locale)('notProvided')}</span>
              </>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
