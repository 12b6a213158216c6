/**
 * @module
 * The stylesheet shared by the playground, the document pages and /docs: small, inline (no asset
 * request), mobile-first, light and dark.
 */

/**
 * CSS for every HTML page the Worker serves.
 *
 * @example
 * ```tsx
 * <style dangerouslySetInnerHTML={{ __html: PAGE_CSS }} />
 * ```
 */
export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1d232b; --muted: #5b6573; --bg: #fff; --card: #f5f7fa; --line: #d8dee6;
  --accent: #2456c6; --answer: #ffe08a; --term: #cfe3ff; --warn: #a24b00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ee; --muted: #9aa4b2; --bg: #14171c; --card: #1d2229; --line: #313843;
  --accent: #8ab4ff; --answer: #6b5200; --term: #1f3d66; --warn: #ffb366; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; margin-bottom: .75rem; }
header h1 { font-size: 1.35rem; margin: 0; }
header nav { display: flex; gap: .75rem; font-size: .9rem; }
a { color: var(--accent); }
h2 { font-size: 1rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 1.25rem 0 .4rem; }
form.ask { display: flex; flex-wrap: wrap; gap: .5rem; }
form.ask input, form.ask select, form.ask button, .try input, .try textarea, .try button { font: inherit; padding: .6rem .7rem;
  border: 1px solid var(--line); border-radius: .5rem; background: var(--bg); color: var(--fg); }
form.ask input { flex: 1 1 16rem; min-width: 0; }
form.ask select { flex: 1 1 100%; }
button { background: var(--accent) !important; color: var(--bg) !important; border: 0 !important; cursor: pointer; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .8rem 1rem; margin: .5rem 0; }
.answer-text { font-size: 1.3rem; font-weight: 600; margin: 0 0 .3rem; }
.meta { color: var(--muted); font-size: .85rem; display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: center; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; border: 1px solid var(--line); font-size: .8rem; }
.abstain { border-color: var(--warn); }
.abstain .answer-text { color: var(--warn); }
mark { background: var(--term); color: inherit; border-radius: .15rem; }
mark.sentence { background: none; border-bottom: 2px solid var(--answer); border-radius: 0; }
mark.term.sentence { background: var(--term); }
mark.answer, mark.answer.term { background: var(--answer); font-weight: 600; }
ol.passages { padding-left: 1.2rem; }
ol.passages li { margin: .6rem 0; }
.heading { font-weight: 600; font-size: .9rem; }
#status { min-height: 1.5rem; color: var(--muted); }
#status.error { color: var(--warn); }
.doc p { scroll-margin-top: 1rem; }
.doc p:target { background: var(--answer); border-radius: .3rem; }
.doc .pn { color: var(--muted); font-size: .8rem; text-decoration: none; margin-right: .4rem; }
pre { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .6rem; font-size: .85rem; }
details.op { border: 1px solid var(--line); border-radius: .6rem; margin: .5rem 0; padding: .4rem .8rem; }
details.op summary { cursor: pointer; }
.method { font-weight: 700; text-transform: uppercase; font-family: ui-monospace, monospace; margin-right: .4rem; }
.try { display: grid; gap: .4rem; margin: .5rem 0; }
.try label { font-size: .85rem; color: var(--muted); display: grid; gap: .15rem; }
table { border-collapse: collapse; font-size: .9rem; }
td, th { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
`
