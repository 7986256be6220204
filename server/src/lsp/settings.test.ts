import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.js';

test('missing or malformed settings take their defaults', () => {
  assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
  assert.deepEqual(normalizeSettings({ enable: 'yes', locale: 'fr', run: 'always', debounceMs: 'soon', rules: [] }), DEFAULT_SETTINGS);
});

test('valid settings are kept; rule overrides with an unknown severity are dropped; the debounce is bounded', () => {
  assert.deepEqual(
    normalizeSettings({ enable: false, locale: 'en', run: 'onSave', debounceMs: 1e9, rules: { typography: 'off', garbled: 'loud', 'anonymous-source/x': 'error' } }),
    { enable: false, locale: 'en', run: 'onSave', debounceMs: 10_000, rules: { typography: 'off', 'anonymous-source/x': 'error' } },
  );
  assert.equal(normalizeSettings({ debounceMs: -5 }).debounceMs, 0);
});
