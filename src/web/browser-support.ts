// For the browser tests: Debian's Chromium driven by playwright-core (which downloads no browser), a
// server on a random loopback port over a fresh workspace, and a folder for screenshots that stays.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { open } from '../cli/workspace.ts';
import { createApp, type AppOptions } from '../server/app.ts';
import { listen } from '../server/serve.ts';

/** The Chromium on PATH, or null (the tests then skip, saying how to install it). */
export function chromiumPath(): string | null {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const NO_CHROMIUM = 'no chromium on PATH: apt-get install -y chromium';

export async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** An empty workspace served on 127.0.0.1 at a free port; stop() closes both and removes the folder. */
export async function serveEmpty(opts: AppOptions = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-web-'));
  const ws = open(join(dir, 'w.db'), { command: 'test' });
  const { server, url } = await listen(createApp(ws, { log: () => {}, ...opts }), '127.0.0.1', 0);
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => (ws.close(), rmSync(dir, { recursive: true, force: true }), resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
    }),
  };
}

/** A folder for screenshots, kept after the run so a person can look at them. */
export function shotsFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `hearsay-shots-${name}-`));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A browser and a laptop-sized page (1280×860) that records page errors, console errors and dialogs, with
 * a screenshot folder for this test file, printed so a person can find it.
 */
export async function openPage(executablePath: string, name: string): Promise<{ browser: Browser; page: Page; errors: string[]; dialogs: string[]; shots: string }> {
  const browser = await launch(executablePath);
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  const shots = shotsFolder(name);
  console.log(`screenshots: ${shots}`);
  return { browser, page, errors, dialogs, shots };
}
