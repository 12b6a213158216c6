/**
 * Headless Chromium for the browser tests: the Debian package at /usr/bin/chromium (no browser
 * download), driven by playwright-core.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** The browser binary; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Quiet, offline-friendly flags: no sandbox (root in CI), no GPU, no background traffic. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/**
 * Launches headless Chromium, or fails saying how to install it.
 *
 * @example
 * ```ts
 * const browser = await launchChromium()
 * const page = await browser.newPage()
 * ```
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`)
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}
