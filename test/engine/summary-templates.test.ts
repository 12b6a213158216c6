import { describe, expect, it } from 'vitest'
import { checkTemplate, TEMPLATE_VIEWS, TemplateError, ANSWER_VIEW, type Shape } from '../../src/engine/summary/template-check'
import { loadTemplates } from '../../src/engine/summary/load-templates'
import { DEFAULT_TEMPLATES, TEMPLATE_FILES } from '../../src/engine/summary/templates'
import { engineFrom } from '../helpers/engine'

const TRICKY = {
  name: 'tricky.md',
  content: '---\ntitle: Tricky <b>title</b>\ndate: 2024-05-01\n---\nThe mayor said *nothing* about the <script>alert(1)</script> plan costing $3 million.\n\nA [link] and a `code` sample followed the 20 speeches.',
}

describe('default templates', () => {
  it('render the summary as one line: title, date, then the key sentences', () => {
    const summary = engineFrom().summarize({ sentences: 2 })
    expect(summary.summary).toBe(`NATO ammunition (2023-09-28): ${summary.sentences.map((s) => s.text).join(' ')}`)
  })

  it('render Markdown with the facts, escaping Markdown in values', () => {
    const markdown = engineFrom([TRICKY]).summarize({ format: 'markdown' }).summary
    expect(markdown.startsWith('## Tricky \\<b\\>title\\</b\\>')).toBe(true)
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>')
    expect(markdown).toContain('\\[link\\]')
    expect(markdown).toContain('**Figures:** $3 million; 20 speeches')
  })

  it('show an acronym beside the name only when the name spells it out', () => {
    const markdown = engineFrom().summarize({ format: 'markdown' }).summary
    expect(markdown).toContain('North Atlantic Treaty Organization (NATO)')
    expect(markdown).toContain('Voice of America (VOA)')
    expect(markdown).not.toContain('CNN (CNN)')
    expect(markdown).toMatch(/\bCNN\b/)
  })

  it('render HTML as an escaped, self-contained fragment', () => {
    const html = engineFrom([TRICKY]).summarize({ format: 'html' }).summary
    expect(html.startsWith('<article class="summary">')).toBe(true)
    expect(html.endsWith('</article>')).toBe(true)
    expect(html).toContain('Tricky &lt;b&gt;title&lt;&#x2F;b&gt;')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<script>')
  })

  it('all pass the build’s checks', () => {
    for (const name of Object.keys(TEMPLATE_FILES) as (keyof typeof TEMPLATE_FILES)[]) {
      expect(() => checkTemplate(DEFAULT_TEMPLATES[name], TEMPLATE_VIEWS[name], name)).not.toThrow()
    }
  })

  it('the answer view the checks know covers every field /ask renders from', () => {
    const engine = engineFrom()
    const answered = engine.ask({ question: 'How many rounds was Ukraine firing daily?' })
    const unanswered = engine.ask({ question: 'Who won the 2022 World Cup?' })
    const fields = (shape: Shape, key: string) => Object.keys((shape as Record<string, Shape>)[key] as object)
    for (const key of Object.keys(answered.answer ?? {})) expect(fields(ANSWER_VIEW, 'answer')).toContain(key)
    for (const key of Object.keys(unanswered.passages[0] ?? {})) expect(fields(ANSWER_VIEW, 'closest')).toContain(key)
  })
})

describe('deployer overrides', () => {
  it('replace the summary template', () => {
    const engine = engineFrom(undefined, { templates: { summary: 'People: {{#facts.people}}{{name}}{{^last}}, {{/last}}{{/facts.people}}' } })
    expect(engine.summarize({}).summary).toBe('People: Julianne Smith, Ursula von der Leyen, Zelenskyy, Oleksandra Ustinova')
  })

  it('replace the /ask summary template', () => {
    const engine = engineFrom(undefined, { templates: { answer: '{{#answer}}Answer: {{text}} — {{source.title}}{{/answer}}' } })
    expect(engine.ask({ question: 'How many rounds was Ukraine firing daily?' }).summary).toMatch(/^Answer: .*6,000.* — NATO ammunition$/)
  })

  it('see the lead and the topic', () => {
    const engine = engineFrom(undefined, { templates: { summary: '{{lead}}|{{q}}|{{#sentences}}{{number}}{{/sentences}}' } })
    const out = engine.summarize({ q: 'ammunition', sentences: 1 }).summary
    expect(out).toMatch(/^US Ambassador to NATO, Julianne Smith, .*counteroffensive\.\|ammunition\|1$/)
  })
})

describe('loading template files (the build step)', () => {
  it('returns the overrides by name', () => {
    expect(loadTemplates([
      { name: 'summary.mustache', content: '{{title}}' },
      { name: 'answer.mustache', content: '{{#answer}}{{text}}{{/answer}}' },
      { name: 'README.txt', content: 'not a template' },
    ])).toEqual({ summary: '{{title}}', answer: '{{#answer}}{{text}}{{/answer}}' })
  })

  it.each([
    ['summary.mustache', '{{#sentences}}{{text}}', /content\/templates\/summary\.mustache: not a valid Mustache template: Unclosed section "sentences"/],
    ['summary.mustache', '{{titel}}', /content\/templates\/summary\.mustache, line 1: unknown name "titel"/],
    ['summary.mustache', 'ok\n{{#sentences}}{{nmae}}{{/sentences}}', /summary\.mustache, line 2: unknown name "nmae" \(known here: text, /],
    ['summary.mustache', '{{sentences}}', /"sentences" is a list or an object/],
    ['answer.mustache', '{{> header}}', /answer\.mustache, line 1: partials/],
    ['answer.mustache', '{{title}}', /answer\.mustache, line 1: unknown name "title"/],
    ['summary.mustache', '  \n', /summary\.mustache: the template is empty/],
    ['sumary.mustache', '{{title}}', /sumary\.mustache: unknown template file; expected one of summary\.mustache/],
  ])('refuses %s containing %j', (name, content, message) => {
    expect(() => loadTemplates([{ name, content }])).toThrow(TemplateError)
    expect(() => loadTemplates([{ name, content }])).toThrow(message)
  })
})
