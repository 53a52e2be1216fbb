/**
 * @portal/ui: the portal's shared React components, fr-FR formatting and i18n helpers.
 * Styles live in `@portal/ui/ui.css` (built to dist-web/ui.css); class names start with `pui-`,
 * plus `.portal-topbar` / `.portal-tab` for the shell's top bar.
 */
export { Alert, type AlertProps, type AlertTone } from './Alert.js';
export { Button, type ButtonProps, type ButtonVariant } from './Button.js';
export {
  DataTable,
  type DataTableColumn,
  type DataTableProps,
  type DataTableSelection,
  type SortState,
} from './DataTable.js';
export { DateField, type DateFieldProps } from './DateField.js';
export { Dialog, type DialogProps } from './Dialog.js';
export {
  Checkbox,
  Select,
  TextArea,
  TextField,
  type CheckboxProps,
  type SelectOption,
  type SelectProps,
  type TextAreaProps,
  type TextFieldProps,
} from './fields.js';
export { addMonthsClamped, isCalendarDate, todayInParis } from './calendar.js';
export {
  formatAmount,
  formatAmountPlain,
  formatDate,
  formatDateTime,
  parseFrenchDate,
  type Locale,
} from './format.js';
export {
  createTranslator,
  missingTranslations,
  portalLocale,
  type Messages,
  type TranslationParams,
  type Translator,
} from './i18n.js';
export {
  DefinitionList,
  Page,
  Section,
  type DefinitionListProps,
  type PageProps,
  type SectionProps,
} from './layout.js';
export { PortalLink, type PortalLinkProps } from './PortalLink.js';
export { Pagination, type PaginationLabels, type PaginationProps } from './Pagination.js';
export { TableScroll } from './TableScroll.js';
export { Spinner, type SpinnerProps } from './Spinner.js';
export { areaPublished, useLocation } from './location.js';
