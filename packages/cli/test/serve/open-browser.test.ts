import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../src/serve/open-browser.ts';

describe('browserCommand', () => {
  const url = 'http://127.0.0.1:4173/?graph=/graphs/a.gexf&x=1';

  it("uses the system's opener on each platform", () => {
    expect(browserCommand(url, 'darwin', {})).toEqual(['open', [url]]);
    expect(browserCommand(url, 'linux', { DISPLAY: ':0' })).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'freebsd', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual(['xdg-open', [url]]);
    // cmd's start takes & as a command separator unless escaped
    expect(browserCommand(url, 'win32', {})).toEqual(['cmd', ['/c', 'start', '""', url.replace('&', '^&')]]);
  });

  it('opens nothing on a machine without a graphical session (SSH, CI)', () => {
    expect(browserCommand(url, 'linux', {})).toBeUndefined();
  });
});
