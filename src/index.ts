/**
 * @module
 * The Worker entry point.
 */
import { createApp } from './app'
import { warmUpAtStart } from './default-engine'

const app = createApp()

// In the global scope, which runs under the start-up limit rather than a request's CPU budget:
// compiling the engine and building its tables cost the first question ~45 ms (README, Speed).
warmUpAtStart()

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
