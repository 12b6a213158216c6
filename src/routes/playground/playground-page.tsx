/**
 * @module
 * The playground at `/`: a question box, the answer with its evidence, the ranked passages, the
 * templated summary, a document picker when there are several, and the document's summary.
 * Server-rendered with Hono JSX; the inline script fills the results from the JSON API.
 */
import type { DocumentSummary } from '../../engine/results'
import { PLAYGROUND_SCRIPT } from './client-script'
import { Layout } from './layout'

/**
 * Props of {@link PlaygroundPage}.
 *
 * @example
 * ```tsx
 * const props: PlaygroundPageProps = { documents: engine.documents(), example: 'Who is Smith?' }
 * ```
 */
export interface PlaygroundPageProps {
  /** The documents, for the picker (shown only when there are several). */
  documents: DocumentSummary[]
  /** The question the box suggests. */
  example?: string
}

/**
 * The playground page.
 *
 * @example
 * ```tsx
 * c.html(<PlaygroundPage documents={engine.documents()} />)
 * ```
 */
export function PlaygroundPage({ documents, example = 'How many rounds was Ukraine firing daily?' }: PlaygroundPageProps) {
  return (
    <Layout title="article-qa playground">
      <form id="ask-form" class="ask" role="search" action="/" method="get">
        <input id="q" name="q" type="search" enterkeyhint="search" autocomplete="off" maxlength={1000}
          placeholder={example} aria-label="Your question" autofocus />
        <button type="submit">Ask</button>
        {documents.length > 1 ? (
          <select id="doc" name="doc" aria-label="Document">
            <option value="">All {documents.length} documents</option>
            {documents.map((d) => <option value={d.id}>{d.title}{d.date ? ` (${d.date})` : ''}</option>)}
          </select>
        ) : null}
      </form>
      <p id="status" role="status" aria-live="polite"></p>
      <section id="answer" hidden></section>
      <section id="passages" hidden></section>
      <section id="doc-summary"></section>
      <noscript><p>The playground needs JavaScript; the JSON API is at <a href="/docs">/docs</a>.</p></noscript>
      <script dangerouslySetInnerHTML={{ __html: PLAYGROUND_SCRIPT }} />
    </Layout>
  )
}
