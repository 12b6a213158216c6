/**
 * @module
 * Default templates. A deployer overrides them with files in `content/templates/`.
 */

/** The `/ask` summary: states the answer and names its source. */
export const DEFAULT_ANSWER_TEMPLATE = `{{#answer}}{{sentence}} ({{source.title}}{{#source.date}}, {{source.date}}{{/source.date}}, paragraph {{paragraph}}){{/answer}}{{^answer}}The articles don't say.{{#closest}} The closest passage is paragraph {{paragraph}} of {{source.title}}{{#source.date}} ({{source.date}}){{/source.date}}.{{/closest}}{{/answer}}`

/** The `/summary` text. */
export const DEFAULT_SUMMARY_TEMPLATE = `{{title}}{{#date}} ({{date}}){{/date}}: {{#sentences}}{{text}} {{/sentences}}`
