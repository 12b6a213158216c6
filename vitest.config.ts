/**
 * Tests run inside workerd through the Workers Vitest integration, with the project's
 * wrangler.toml, so routes and the engine run as they do when deployed.
 */
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/node/**'],
  },
})
