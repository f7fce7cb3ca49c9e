/// The style sheet of an exported page, inside the page: system fonts only, pictures that
/// shrink to the page's width, cells that are not split across printed pages.
enum HTMLStyle {
    static let css = """
    :root { --ink: #1d1d1f; --muted: #6e6e73; --rule: #d9d9de; --input: #f5f6f8; --error: #b3261e; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #ffffff;
      font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
    pre, code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .85rem; }
    pre { margin: 0; white-space: pre; overflow-x: auto; line-height: 1.35; }
    .cell { margin: 0 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
    .markdown h1, .markdown h2, .markdown h3 { line-height: 1.25; margin: 1.6rem 0 .6rem; }
    .markdown p, .markdown ul, .markdown ol { margin: .6rem 0; }
    .markdown code { background: var(--input); padding: .05rem .25rem; border-radius: 3px; }
    .markdown pre { background: var(--input); padding: .6rem .8rem; border-radius: 4px; }
    .markdown pre code { background: none; padding: 0; }
    .markdown blockquote { margin: .6rem 0; padding: 0 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
    .markdown .math { font-style: italic; }
    .input { display: flex; gap: .75rem; align-items: baseline; }
    .prompt { flex: 0 0 3.5rem; text-align: right; color: var(--muted);
      font: .8rem ui-monospace, Menlo, Consolas, monospace; }
    .input pre { flex: 1 1 auto; background: var(--input); border: 1px solid var(--rule); border-radius: 4px; padding: .45rem .7rem; }
    .outputs { margin: .4rem 0 0 4.25rem; }
    .outputs > * { margin: 0 0 .6rem; }
    .outputs pre.text { padding: .1rem .1rem; }
    .outputs figure { margin: 0 0 .6rem; }
    .outputs svg { display: block; max-width: 100%; height: auto; }
    .outputs pre.error { color: var(--error); background: #fdf0ef; border-left: 3px solid var(--error); padding: .45rem .7rem; }
    table.data { border-collapse: collapse; font-size: .85rem; font-variant-numeric: tabular-nums; }
    table.data caption { text-align: left; font-weight: 600; padding: 0 0 .3rem; }
    table.data th, table.data td { border-bottom: 1px solid var(--rule); padding: .2rem .7rem; text-align: left; }
    table.data th { border-bottom: 2px solid var(--muted); }
    table.data .number { text-align: right; }
    .undone .input pre { text-decoration: line-through; color: var(--muted); }
    .undone .outputs { opacity: .55; }
    .mark { color: var(--muted); font-size: .8rem; margin: .2rem 0 0 4.25rem; }
    .failed .prompt { color: var(--error); }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      .input pre, .outputs pre { white-space: pre-wrap; overflow: visible; }
    }
    """
}
