/**
 * @module
 * A deployer's template files → checked overrides. Used by the build step on the files of
 * `content/templates/`; any problem throws a `TemplateError` naming the file, so a broken
 * template fails the build and never reaches a request.
 */
import { checkTemplate, TEMPLATE_VIEWS, TemplateError } from './template-check'
import { TEMPLATE_FILES, type TemplateSet } from './templates'

/** A template file as read from disk. */
export interface TemplateFile {
  /** File name inside the templates folder, e.g. "summary.mustache". */
  name: string
  content: string
}

/**
 * Checks template files and returns them as overrides by template name. Unknown `.mustache`
 * files are errors too (a misspelt name would otherwise be ignored); other files are skipped.
 *
 * @example
 * ```ts
 * loadTemplates([{ name: 'summary.mustache', content: '{{title}}' }], 'content/templates')
 * // { summary: '{{title}}' }
 * ```
 */
export function loadTemplates(files: readonly TemplateFile[], folder = 'content/templates'): Partial<TemplateSet> {
  const byFile = new Map(Object.entries(TEMPLATE_FILES).map(([name, file]) => [file, name as keyof TemplateSet]))
  const overrides: Partial<TemplateSet> = {}
  for (const file of files) {
    if (!file.name.endsWith('.mustache')) continue
    const path = `${folder}/${file.name}`
    const name = byFile.get(file.name)
    if (!name) throw new TemplateError(`${path}: unknown template file; expected one of ${[...byFile.keys()].join(', ')}`)
    if (file.content.trim() === '') throw new TemplateError(`${path}: the template is empty`)
    checkTemplate(file.content, TEMPLATE_VIEWS[name], path)
    overrides[name] = file.content
  }
  return overrides
}
