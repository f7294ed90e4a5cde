import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEWER_SETTINGS, VIEWER_SETTINGS, viewerSettingsWith } from '../../src/settings.ts';

describe('viewer settings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are the defaults unless a script set papergraphSettings before the page loaded', () => {
    expect(VIEWER_SETTINGS).toEqual(DEFAULT_VIEWER_SETTINGS);
    expect(viewerSettingsWith(undefined)).toBe(DEFAULT_VIEWER_SETTINGS);
  });

  it('take known numeric settings from the overrides and ignore anything else, saying what', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const settings = viewerSettingsWith({ infoNoticeMs: 200, timelineStepMs: 'fast', maxTextBytes: -1, overviewLayoutIterations: Number.NaN, noSuchSetting: 3 });
    expect(settings).toEqual({ ...DEFAULT_VIEWER_SETTINGS, infoNoticeMs: 200 });
    expect(warn.mock.calls.map(([text]) => String(text))).toEqual([
      'papergraphSettings.timelineStepMs ignored: "fast" is not a number of 0 or more',
      'papergraphSettings.maxTextBytes ignored: -1 is not a number of 0 or more',
      'papergraphSettings.overviewLayoutIterations ignored: NaN is not a number of 0 or more',
      'papergraphSettings.noSuchSetting ignored: no such setting',
    ]);
    // The defaults themselves are untouched.
    expect(DEFAULT_VIEWER_SETTINGS.infoNoticeMs).toBe(12_000);
    expect(viewerSettingsWith('infoNoticeMs=200')).toBe(DEFAULT_VIEWER_SETTINGS);
  });
});
