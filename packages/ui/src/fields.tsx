import { useId, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { Locale } from './i18n.js';
import { formatCount, uiText } from './messages.js';
import { cx, ids } from './util.js';

/** What every labelled field shares. */
interface FieldBase {
  label: string;
  name: string;
  /** Shown under the field in red; sets aria-invalid and is read with the field (aria-describedby). */
  error?: string | null;
  /** Help shown under the label, read with the field. */
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  /** Defaults to a unique id derived from `name`. */
  id?: string;
  onBlur?(): void;
}

function useFieldIds(name: string, id: string | undefined) {
  const unique = useId();
  const fieldId = id ?? `pui-${name.replace(/[^\w-]/g, '-')}${unique.replace(/[^\w-]/g, '')}`;
  return { fieldId, hintId: `${fieldId}-hint`, errorId: `${fieldId}-error` };
}

function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label className="pui-field__label" htmlFor={htmlFor}>
      {label}
      {required && (
        <span className="pui-field__required" aria-hidden="true">
          {' *'}
        </span>
      )}
    </label>
  );
}

function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="pui-field__hint" id={id}>
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p className="pui-field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  ) : null;
}

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'password' | 'email' | 'date' | 'search' | 'number';
  autoComplete?: string;
  min?: string;
  max?: string;
  inputMode?: string;
  placeholder?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled single-line input. */
export function TextField(props: TextFieldProps) {
  const { label, name, value, onChange, type = 'text', error, hint, required, id, ref, onBlur } = props;
  const { fieldId, hintId, errorId } = useFieldIds(name, id);
  return (
    <div className={cx('pui-field', error && 'pui-field--invalid')}>
      <FieldLabel htmlFor={fieldId} label={label} required={required} />
      <FieldHint id={hintId} hint={hint} />
      <input
        ref={ref}
        className="pui-input"
        id={fieldId}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        autoComplete={props.autoComplete}
        required={required}
        disabled={props.disabled}
        min={props.min}
        max={props.max}
        placeholder={props.placeholder}
        inputMode={props.inputMode as HTMLAttributes<HTMLInputElement>['inputMode']}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids(hint && hintId, error && errorId)}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export interface TextAreaProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  /**
   * Shows a live counter of the characters left (or over). The text is never cut: a pasted text
   * over the limit stays whole, the counter says by how much, and the form refuses it with a message.
   */
  maxLength?: number;
  rows?: number;
  placeholder?: string;
  locale?: Locale;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input, with a character counter when `maxLength` is given (see its note). */
export function TextArea(props: TextAreaProps) {
  const { label, name, value, onChange, error, hint, required, id, maxLength, ref, onBlur } = props;
  const { fieldId, hintId, errorId } = useFieldIds(name, id);
  const counterId = `${fieldId}-counter`;
  const t = uiText(props.locale);
  const left = maxLength === undefined ? 0 : maxLength - value.length;
  const counterText =
    left >= 0
      ? t('charactersLeft', { count: formatCount(left, props.locale) })
      : t('charactersOver', { count: formatCount(-left, props.locale) });
  // The visible counter is read with the field; the live region speaks only near the limit.
  const nearLimit = maxLength !== undefined && left <= Math.max(10, Math.floor(maxLength / 10));
  return (
    <div className={cx('pui-field', error && 'pui-field--invalid')}>
      <FieldLabel htmlFor={fieldId} label={label} required={required} />
      <FieldHint id={hintId} hint={hint} />
      <textarea
        ref={ref}
        className="pui-input pui-textarea"
        id={fieldId}
        name={name}
        value={value}
        rows={props.rows ?? 4}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        required={required}
        disabled={props.disabled}
        placeholder={props.placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids(hint && hintId, maxLength !== undefined && counterId, error && errorId)}
      />
      {maxLength !== undefined && (
        <>
          <p className={cx('pui-field__counter', left < 0 && 'pui-field__counter--over')} id={counterId}>
            {counterText}
          </p>
          <p className="pui-sr-only" aria-live="polite">
            {nearLimit ? counterText : ''}
          </p>
        </>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  options: SelectOption[];
  /** A first empty choice ("Tous", "Choisir…"), value ''. */
  placeholder?: string;
}

/** A labelled native select. */
export function Select(props: SelectProps) {
  const { label, name, value, onChange, options, error, hint, required, id, placeholder, onBlur } = props;
  const { fieldId, hintId, errorId } = useFieldIds(name, id);
  return (
    <div className={cx('pui-field', error && 'pui-field--invalid')}>
      <FieldLabel htmlFor={fieldId} label={label} required={required} />
      <FieldHint id={hintId} hint={hint} />
      <select
        className="pui-input pui-select"
        id={fieldId}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        required={required}
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids(hint && hintId, error && errorId)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export interface CheckboxProps {
  /** May hold a link (e.g. to the terms of use). */
  label: ReactNode;
  name: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string | null;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  id?: string;
}

/** A labelled checkbox, the box before its label. */
export function Checkbox(props: CheckboxProps) {
  const { label, name, checked, onChange, error, hint, required, id } = props;
  const { fieldId, hintId, errorId } = useFieldIds(name, id);
  return (
    <div className={cx('pui-field', 'pui-checkbox', error && 'pui-field--invalid')}>
      <div className="pui-checkbox__row">
        <input
          className="pui-checkbox__input"
          type="checkbox"
          id={fieldId}
          name={name}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          required={required}
          disabled={props.disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids(hint && hintId, error && errorId)}
        />
        <label className="pui-checkbox__label" htmlFor={fieldId}>
          {label}
        </label>
      </div>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} error={error} />
    </div>
  );
}
