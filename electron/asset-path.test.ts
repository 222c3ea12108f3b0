import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath } from './asset-path';

const root = '/opt/relance/dist/renderer';

describe('resolveAssetPath', () => {
  it.each([
    ['app://crm/', 'index.html'],
    ['app://crm', 'index.html'],
    ['app://crm/index.html', 'index.html'],
    ['app://crm/assets/index-abc.js?v=2#x', 'assets/index-abc.js'],
    ['app://crm/assets/My%20Font.woff2', 'assets/My Font.woff2'],
    ['app://crm//assets/a.css', 'assets/a.css'],
    // The parser folds dot segments first, so these stay inside root.
    ['app://crm/../../etc/passwd', 'etc/passwd'],
    ['app://crm/assets/../index.html', 'index.html'],
    ['app://crm/%2e%2e', 'index.html'],
  ])('maps %s inside root', (url, relative) => {
    expect(resolveAssetPath(root, url, path.posix)).toBe(path.posix.join(root, relative));
  });

  it.each([
    'app://crm/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://crm/..%2f..%2f..%2fetc%2fpasswd',
    'app://crm/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret',
    'app://crm/..%5c..%5cwin.ini',
    'app://crm/index.html%00.js',
    'app://crm/%E0%A4%A', // malformed escape
    'app://crm.evil/index.html',
    'app://evil@crm/index.html',
    'file:///etc/passwd',
    'https://crm/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAssetPath(root, url, path.posix)).toBeNull();
  });

  it('keeps a sibling folder whose name starts like root outside', () => {
    expect(resolveAssetPath(root, 'app://crm/..%2frenderer-secrets%2fkey', path.posix)).toBeNull();
  });

  it('applies the Windows rules: drive letters and UNC paths stay out', () => {
    const winRoot = 'C:\\Program Files\\Relance\\resources\\app.asar\\dist\\renderer';
    expect(resolveAssetPath(winRoot, 'app://crm/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAssetPath(winRoot, 'app://crm/C:/Windows/win.ini', path.win32)).toBeNull();
    expect(resolveAssetPath(winRoot, 'app://crm/D:/secrets.txt', path.win32)).toBeNull();
    expect(resolveAssetPath(winRoot, 'app://crm/%5c%5cserver%5cshare%5cx', path.win32)).toBeNull();
    expect(resolveAssetPath(winRoot, 'app://crm/..%2F..%2F..%2Fx', path.win32)).toBeNull();
  });
});
