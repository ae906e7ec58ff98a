import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

/** A host whose script evaluates `expr` in `f(arg)`. */
function evalHost(options = {}) {
  return new LocalHost(options).load('function f(src, a, b) { return eval(src); }');
}

describe('PropertiesService', () => {
  test('set, get, keys, delete; stores are separate', () => {
    const h = evalHost();
    h.run('f', "PropertiesService.getDocumentProperties().setProperties({a: '1', b: '2'}); PropertiesService.getUserProperties().setProperty('a', 'u')");
    expect(h.run('f', "PropertiesService.getDocumentProperties().getKeys().sort().join()")).toBe('a,b');
    expect(h.run('f', "PropertiesService.getUserProperties().getProperty('a')")).toBe('u');
    expect(h.run('f', "PropertiesService.getScriptProperties().getProperty('a')")).toBe(null);
    h.run('f', "PropertiesService.getDocumentProperties().deleteProperty('a')");
    expect(h.properties.document.getProperties()).toEqual({ b: '2' });
    h.run('f', "PropertiesService.getDocumentProperties().setProperties({c: '3'}, true)");
    expect(h.properties.document.getProperties()).toEqual({ c: '3' });
  });
  test('a value over 9 KB throws; 9 KB exactly is fine', () => {
    const h = evalHost();
    expect(() => h.run('f', "PropertiesService.getDocumentProperties().setProperty('k', a)", 'x'.repeat(9 * 1024))).not.toThrow();
    expect(() => h.run('f', "PropertiesService.getDocumentProperties().setProperty('k', a)", 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    // 'ż' is 2 bytes in UTF-8: 4609 of them are 9218 bytes > 9216.
    expect(() => h.run('f', "PropertiesService.getDocumentProperties().setProperty('k', a)", 'ż'.repeat(4609))).toThrow('Argument too large: value');
  });
  test('a store over 500 KB throws and keeps its old contents', () => {
    const h = evalHost();
    const v = 'x'.repeat(9000);
    // Each entry is a 3-character key + 9000 bytes = 9003 bytes. 56 entries: 504,168 <= 512,000 (500 KB);
    // a 57th: 513,171 > 512,000.
    for (let i = 0; i < 56; i++) h.run('f', "PropertiesService.getScriptProperties().setProperty(b, a)", v, `k${String(i).padStart(2, '0')}`);
    expect(() => h.run('f', "PropertiesService.getScriptProperties().setProperty('zz9', a)", v)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(h.properties.script.getKeys().length).toBe(56);
  });
});

describe('CacheService', () => {
  test('expires against the host clock (default 600 s)', () => {
    let now = Date.parse('2024-01-01T00:00:00Z');
    const h = evalHost({ now: () => new Date(now) });
    h.run('f', "CacheService.getScriptCache().put('k', 'v'); CacheService.getUserCache().put('t', 'w', 5)");
    now += 5_000;
    expect(h.run('f', "[CacheService.getScriptCache().get('k'), CacheService.getUserCache().get('t')]")).toEqual(['v', null]);
    now += 595_000;
    expect(h.run('f', "CacheService.getScriptCache().get('k')")).toBe(null);
  });
  test('putAll and getAll; remove', () => {
    const h = evalHost();
    h.run('f', "CacheService.getDocumentCache().putAll({a: '1', b: '2'}); CacheService.getDocumentCache().remove('a')");
    expect(h.run('f', "CacheService.getDocumentCache().getAll(['a', 'b', 'c'])")).toEqual({ b: '2' });
  });
  test('limits: 250-character keys, 100 KB values', () => {
    const h = evalHost();
    expect(() => h.run('f', "CacheService.getScriptCache().put(a, 'v')", 'k'.repeat(251))).toThrow('Argument too large: key');
    expect(() => h.run('f', "CacheService.getScriptCache().put('k', a)", 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => h.run('f', "CacheService.getScriptCache().put(a, b)", 'k'.repeat(250), 'v'.repeat(100 * 1024))).not.toThrow();
  });
});
