import { describe, expect, it } from 'vitest';
import { canonicalPath, isApiPath, isShellPath } from './request-path';

describe('canonicalPath', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/index.html'],
    ['//index.html', '/index.html'],
    ['/./index.html', '/index.html'],
    ['/%2e/index.html', '/index.html'],
    ['/index.html/', '/index.html'],
    ['/%69ndex.html?x=1#y', '/index.html'],
    ['/assets/../index.html', '/index.html'],
    ['/./assets/app.js', '/assets/app.js'],
    ['/assets%2fapp.js', '/assets/app.js'],
    ['/assets\\app.js', '/assets/app.js'],
    ['/api%2fapp.info', '/api/app.info'],
    ['/%61pi/app.info', '/api/app.info'],
    ['/x/%2e%2e/api/events', '/api/events'],
    ['/../../etc/passwd', '/etc/passwd'],
  ])('reads %s as %s', (raw, path) => {
    expect(canonicalPath(raw)).toBe(path);
  });

  it('refuses what cannot be decoded, and NUL', () => {
    expect(canonicalPath('/%E0%A4%A')).toBeNull();
    expect(canonicalPath('/index.html%00.js')).toBeNull();
  });

  it('tells the API and the shell apart', () => {
    expect(isApiPath('/api')).toBe(true);
    expect(isApiPath('/api/app.info')).toBe(true);
    expect(isApiPath('/apis/app.info')).toBe(false);
    expect(isShellPath('/')).toBe(true);
    expect(isShellPath('/index.html')).toBe(true);
    expect(isShellPath('/assets/index.html')).toBe(false);
  });
});
