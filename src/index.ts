/**
 * @module
 * The Worker entry point.
 */
import { createApp } from './app'
import { defaultEngine } from './default-engine'
import { warmUp } from './engine/warm-up'

const app = createApp()

// In the global scope, which runs under the start-up limit rather than a request's CPU budget:
// compiling the engine and building its tables cost the first question ~45 ms (README, Speed).
warmUp(defaultEngine())

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>
