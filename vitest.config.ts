/**
 * Two test projects: `workerd` runs test/**\/*.test.ts inside workerd through the Workers Vitest
 * integration, with the project's wrangler.toml, so routes and the engine run as they do when
 * deployed; `node` runs test/node/** in Node, for tests that drive the Worker from outside
 * (a real browser against `wrangler dev`).
 */
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'workerd',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/node/**'],
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          // Each file starts its own wrangler dev and Chromium: one at a time, on a 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
