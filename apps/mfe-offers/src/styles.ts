/** The few styles of this area on top of the UI kit's stylesheet (colours from its variables). */
export const OFFERS_STYLES = `
.oc-filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.25rem 1rem;align-items:end;margin:0 0 1rem;padding:1rem;background:var(--pui-bg-soft);border-radius:var(--pui-radius)}
.oc-filters__buttons,.oc-form__buttons{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
.oc-filters__buttons{grid-column:1/-1}
.oc-form>.pui-field{max-width:40rem}
.oc-form__buttons{margin-top:1.5rem}
.oc-links{display:flex;flex-wrap:wrap;gap:1.5rem}
.oc-back{margin:0 0 1rem}
.oc-subtitle{margin:0 0 1rem;font-weight:600}
.oc-selection{display:flex;gap:1rem;align-items:center;min-height:2.5rem;margin:0;color:var(--pui-ink-muted)}
.oc-readonly{display:block;padding:.5rem 0;font-weight:600}
.oc-muted{color:var(--pui-ink-muted)}
.oc-nowrap{white-space:nowrap}
.oc-problem{color:var(--pui-danger)}
.oc-loading{padding:2rem;text-align:center}
.oc-bin{vertical-align:-2px;margin-right:.4rem}
a.pui-button{box-sizing:border-box;text-decoration:none}
.pui-page a.pui-button--danger,.pui-page a.pui-button--primary{color:#fff}
.pui-page a.pui-button--secondary{color:var(--pui-ink)}
.oc-state{overflow-wrap:normal}
.oc-area .pui-table-wrap{position:relative}
.oc-area .pui-dl+.pui-table-wrap{margin-top:1.25rem}
.oc-area--list .pui-table{font-size:.875rem}
.oc-area--list .pui-table th,.oc-area--list .pui-table td{padding:.45rem .35rem}
.oc-area--list .pui-table thead th{white-space:normal}
.oc-state--TERMINATION_REQUESTED{color:var(--pui-warning);font-weight:600}
.oc-state--TERMINATED{color:var(--pui-ink-muted)}
`;
