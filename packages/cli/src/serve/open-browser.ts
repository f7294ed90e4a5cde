import { spawn } from 'node:child_process';

/** The system's "open this address" command, or undefined where there is no desktop to open a browser on. */
export function browserCommand(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): [string, string[]] | undefined {
  if (platform === 'darwin') return ['open', [url]];
  // `start`'s first quoted argument is a window title; the empty one keeps the URL from being taken for it.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  // Elsewhere a browser needs a graphical session: over SSH or in CI, xdg-open would start a text browser or fail.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return ['xdg-open', [url]];
}

/**
 * Asks the system to open `url` in the default browser, without waiting for it and without failing: resolves to
 * whether the command could be started (the URL is printed anyway).
 */
export function openBrowser(url: string): Promise<boolean> {
  const command = browserCommand(url);
  if (!command) return Promise.resolve(false);
  return new Promise((done) => {
    // (verbatim arguments: Windows' cmd would otherwise receive the empty title quoted again)
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true, windowsVerbatimArguments: true });
    child.once('error', () => done(false));
    child.once('spawn', () => {
      child.unref();
      done(true);
    });
  });
}
