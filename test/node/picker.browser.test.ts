/**
 * The playground's document picker in headless Chromium, against a Worker over two articles
 * (test/workers/two-documents.ts): the summary follows the picked document, and a question asked
 * with a document picked is answered from that document only.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './helpers/browser'
import { startWorker, type RunningWorker } from './helpers/start-worker'

let worker: RunningWorker
let browser: Browser

describe('playground document picker in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium()
    worker = await startWorker({ script: 'test/workers/two-documents.ts' })
  })

  afterAll(async () => {
    await browser?.close()
    await worker?.stop()
  })

  it('summarises the picked document and limits questions to it', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`))
    await page.goto(worker.url)

    const options = await page.locator('#doc option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
    expect(options).toEqual(['', 'harbour-bridge', 'mill-history'])
    // With "all documents" picked, the first document's summary shows on first load.
    await expect.poll(() => page.textContent('#doc-summary'), { timeout: 15_000 }).toContain('Harbour bridge')

    await page.selectOption('#doc', 'mill-history')
    await expect.poll(() => page.textContent('#doc-summary'), { timeout: 15_000 }).toContain('Mill history')

    await page.fill('#q', 'When did it open?')
    await page.press('#q', 'Enter')
    await expect.poll(() => page.locator('#passages li').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    const sources = await page.locator('#passages li .meta span').allTextContents()
    expect(sources.every((s) => s.startsWith('mill-history'))).toBe(true)
    expect(new URL(page.url()).searchParams.get('doc')).toBe('mill-history')
    expect(errors).toEqual([])
  })
})
