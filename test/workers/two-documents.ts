/**
 * A Worker over two small in-code articles, for the browser test of the playground's document
 * picker (the shipped content has one article). Started with `wrangler dev test/workers/two-documents.ts`.
 */
import { createApp } from '../../src/app'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { createEngine, type Engine } from '../../src/engine/engine'

const BRIDGE = `---
title: Harbour bridge
date: 2020-03-19
---
The Harbour Bridge opened on 19 March 1932 after eight years of construction.

Its arch spans 503 metres, and the engineer John Bradfield designed it for trains, trams and cars.
`

const MILL = `---
title: Mill history
date: 2021-06-01
---
The Riverside Mill opened in 1901 beside the weir and spun cotton for sixty years.

Mary Hale, a weaver from Leeds, bought the mill in 1925 and added a second water wheel.
`

let engine: Engine | undefined
const app = createApp({
  // Built on first use: module scope is not the place for work in a Worker.
  engine: () => (engine ??= createEngine(buildCorpus([{ name: 'harbour-bridge.md', content: BRIDGE }, { name: 'mill-history.md', content: MILL }]))),
})

export default { fetch: app.fetch } satisfies ExportedHandler<Env>
