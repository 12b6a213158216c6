/**
 * @module
 * Default templates, and the set of templates an engine renders with. A deployer overrides any
 * of them with a file in `content/templates/` (see `TEMPLATE_FILES`); the build checks it.
 */

/**
 * The `/ask` summary: states the answer in a sentence and names its source; when the engine
 * abstains, says so, why, and which passage came closest. View (built in `ask.ts`):
 * `answer` (the Answer fields plus `source: { id, title, date, source, url }` and, for a yes-no
 * question, `verdict`: "Yes" or "No") or, when there is
 * no answer, `abstention: { abstained, code, reason, closest? }` and `closest`: the passage of the
 * sentence the engine weighed (`sentence`, `paragraph`, `link`… plus `source`), or the top passage.
 */
export const DEFAULT_ANSWER_TEMPLATE = `{{#answer}}{{#verdict}}{{verdict}}{{/verdict}}{{^verdict}}The answer is {{text}}{{/verdict}}, according to {{source.title}}{{#source.date}} ({{source.date}}){{/source.date}}, paragraph {{paragraph}}: "{{sentence}}"{{/answer}}{{^answer}}The articles don't answer this{{#abstention}}: {{reason}}{{/abstention}}.{{#closest}} The closest passage is paragraph {{paragraph}} of {{source.title}}{{#source.date}} ({{source.date}}){{/source.date}}{{#sentence}}: "{{sentence}}"{{/sentence}}{{^sentence}}.{{/sentence}}{{/closest}}{{/answer}}`

/** The `/summary` text (and the JSON `summary` field): one line, the key sentences in order. */
export const DEFAULT_SUMMARY_TEMPLATE = `{{title}}{{#date}} ({{date}}){{/date}}{{#q}}, on "{{q}}"{{/q}}: {{#sentences}}{{text}}{{^last}} {{/last}}{{/sentences}}{{^sentences}}{{#q}}nothing in the articles matches "{{q}}".{{/q}}{{^q}}there is no text to summarise.{{/q}}{{/sentences}}`

/** `/summary?format=markdown`: title, key sentences as a list with their paragraphs, then the facts. */
export const DEFAULT_SUMMARY_MARKDOWN_TEMPLATE = `## {{title}}
{{#date}}
*{{date}}*{{#source}} · {{source}}{{/source}}
{{/date}}
{{#q}}
Topic: **{{q}}**
{{/q}}

{{#sentences}}
- {{text}} (paragraph {{paragraph}})
{{/sentences}}
{{^sentences}}
{{#q}}Nothing in the articles matches "{{q}}".{{/q}}{{^q}}There is no text to summarise.{{/q}}
{{/sentences}}
{{#facts.hasPeople}}

**People:** {{#facts.people}}{{name}}{{#role}} ({{role}}){{/role}}{{^last}}; {{/last}}{{/facts.people}}
{{/facts.hasPeople}}
{{#facts.hasOrganizations}}

**Organisations:** {{#facts.organizations}}{{name}}{{#spelledOut}} ({{acronym}}){{/spelledOut}}{{^last}}; {{/last}}{{/facts.organizations}}
{{/facts.hasOrganizations}}
{{#facts.hasPlaces}}

**Places:** {{#facts.places}}{{name}}{{^last}}; {{/last}}{{/facts.places}}
{{/facts.hasPlaces}}
{{#facts.hasFigures}}

**Figures:** {{#facts.figures}}{{text}}{{^last}}; {{/last}}{{/facts.figures}}
{{/facts.hasFigures}}
{{#facts.hasDates}}

**Dates:** {{#facts.dates}}{{text}}{{#value}} ({{value}}){{/value}}{{^last}}; {{/last}}{{/facts.dates}}
{{/facts.hasDates}}
`

/** `/summary?format=html`: a self-contained fragment; Mustache HTML-escapes every value. */
export const DEFAULT_SUMMARY_HTML_TEMPLATE = `<article class="summary">
<h2>{{title}}</h2>
{{#date}}<p><time datetime="{{date}}">{{date}}</time>{{#source}} · {{source}}{{/source}}</p>{{/date}}
{{#q}}<p>Topic: <strong>{{q}}</strong></p>{{/q}}
{{#hasSentences}}<ol>
{{#sentences}}<li data-document="{{documentId}}" data-paragraph="{{paragraph}}">{{text}}</li>
{{/sentences}}</ol>{{/hasSentences}}
{{^hasSentences}}<p>{{#q}}Nothing in the articles matches &ldquo;{{q}}&rdquo;.{{/q}}{{^q}}There is no text to summarise.{{/q}}</p>{{/hasSentences}}
{{#facts.hasPeople}}<h3>People</h3><ul>{{#facts.people}}<li>{{name}}{{#role}}, {{role}}{{/role}}</li>{{/facts.people}}</ul>{{/facts.hasPeople}}
{{#facts.hasOrganizations}}<h3>Organisations</h3><ul>{{#facts.organizations}}<li>{{name}}{{#spelledOut}} ({{acronym}}){{/spelledOut}}</li>{{/facts.organizations}}</ul>{{/facts.hasOrganizations}}
{{#facts.hasPlaces}}<h3>Places</h3><ul>{{#facts.places}}<li>{{name}}</li>{{/facts.places}}</ul>{{/facts.hasPlaces}}
{{#facts.hasFigures}}<h3>Figures</h3><ul>{{#facts.figures}}<li>{{text}}</li>{{/facts.figures}}</ul>{{/facts.hasFigures}}
{{#facts.hasDates}}<h3>Dates</h3><ul>{{#facts.dates}}<li>{{text}}{{#value}} <time datetime="{{value}}">({{value}})</time>{{/value}}</li>{{/facts.dates}}</ul>{{/facts.hasDates}}
</article>`

/** The templates an engine renders with, by name. */
export interface TemplateSet {
  /** `/summary` as text, and the JSON `summary` field. */
  summary: string
  /** `/summary?format=markdown`. */
  summaryMarkdown: string
  /** `/summary?format=html`. */
  summaryHtml: string
  /** The `summary` field of `/ask`. */
  answer: string
}

/** Template name → the file in `content/templates/` that overrides it. */
export const TEMPLATE_FILES: Readonly<Record<keyof TemplateSet, string>> = {
  summary: 'summary.mustache',
  summaryMarkdown: 'summary.md.mustache',
  summaryHtml: 'summary.html.mustache',
  answer: 'answer.mustache',
}

/** The defaults, shipped in the repo. */
export const DEFAULT_TEMPLATES: Readonly<TemplateSet> = {
  summary: DEFAULT_SUMMARY_TEMPLATE,
  summaryMarkdown: DEFAULT_SUMMARY_MARKDOWN_TEMPLATE,
  summaryHtml: DEFAULT_SUMMARY_HTML_TEMPLATE,
  answer: DEFAULT_ANSWER_TEMPLATE,
}

/**
 * The defaults with some templates replaced.
 *
 * @example
 * ```ts
 * withOverrides({ summary: '{{title}}' }).summary // "{{title}}"
 * ```
 */
export function withOverrides(overrides: Partial<TemplateSet> = {}): TemplateSet {
  const set = { ...DEFAULT_TEMPLATES }
  for (const name of Object.keys(TEMPLATE_FILES) as (keyof TemplateSet)[]) {
    const override = overrides[name]
    if (typeof override === 'string') set[name] = override
  }
  return set
}
