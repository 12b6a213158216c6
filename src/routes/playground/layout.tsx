/**
 * @module
 * The HTML shell of every page: viewport for phones, inline CSS, no external asset.
 */
import type { Child } from 'hono/jsx'
import { PAGE_CSS } from './styles'

/**
 * Props of {@link Layout}.
 *
 * @example
 * ```tsx
 * const props: LayoutProps = { title: 'article-qa', children: <p>Hello</p> }
 * ```
 */
export interface LayoutProps {
  /** The document title. */
  title: string
  children?: Child
}

/**
 * Wraps a page's body in the shared head and header.
 *
 * @example
 * ```tsx
 * c.html(<Layout title="article-qa"><p>Hello</p></Layout>)
 * ```
 */
export function Layout({ title, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* No favicon request: the Worker serves none, and a 404 would be noise in the console. */}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: PAGE_CSS }} />
      </head>
      <body>
        <main>
          <header>
            <h1><a href="/" style="color: inherit; text-decoration: none">article-qa</a></h1>
            <nav><a href="/docs">API reference</a><a href="/openapi.json">openapi.json</a></nav>
          </header>
          {children}
        </main>
      </body>
    </html>
  )
}
