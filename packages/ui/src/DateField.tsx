import { useEffect, useState, type Ref } from 'react';
import { isCalendarDate } from './calendar.js';
import { TextField } from './fields.js';
import { formatDate, parseFrenchDate } from './format.js';
import type { Locale } from './i18n.js';
import { uiText } from './messages.js';

export interface DateFieldProps {
  label: string;
  name: string;
  /** The date as YYYY-MM-DD, '' when empty, or the text typed when it is not a date yet. */
  value: string;
  /** Called with YYYY-MM-DD as soon as the text is a real day, else with the text itself ('' when empty). */
  onChange(value: string): void;
  locale?: Locale;
  hint?: string;
  error?: string | null;
  required?: boolean;
  disabled?: boolean;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

/** What the field shows for a value: a date as jj/mm/aaaa, anything else as typed. */
const shown = (value: string, locale: Locale) => (isCalendarDate(value) ? formatDate(value, locale) : value);

/**
 * The portal's one date input, the same in every area: typed day first (jj/mm/aaaa, dd/mm/yyyy in
 * English; an ISO date pasted is read too), the format said in the user's language, a typed text
 * that is no real day refused at the field as soon as the user leaves it. Shown again as
 * jj/mm/aaaa once left. A native date picker is not used: its format follows the browser's
 * language, not the portal's.
 */
export function DateField(props: DateFieldProps) {
  const locale = props.locale ?? 'fr';
  const t = uiText(locale);
  const [text, setText] = useState(() => shown(props.value, locale));
  const [left, setLeft] = useState(false);
  // A value set from outside (reset, a draft given back) is shown; what the user types stays as typed.
  useEffect(() => {
    if ((parseFrenchDate(text) ?? text.trim()) !== props.value) setText(shown(props.value, locale));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  const parsed = parseFrenchDate(text);
  const ownError = left && text.trim() !== '' && !parsed ? t('dateInvalid') : null;
  const format = t('dateFormat');
  return (
    <TextField
      ref={props.ref}
      label={props.label}
      name={props.name}
      id={props.id}
      value={text}
      onChange={(typed) => {
        setText(typed);
        setLeft(false);
        props.onChange(parseFrenchDate(typed) ?? typed.trim());
      }}
      onBlur={() => {
        setLeft(true);
        if (parsed) setText(formatDate(parsed, locale));
      }}
      inputMode="numeric"
      autoComplete="off"
      placeholder={format}
      hint={props.hint ? `${props.hint} (${format})` : format}
      error={ownError ?? props.error ?? null}
      required={props.required}
      disabled={props.disabled}
    />
  );
}
