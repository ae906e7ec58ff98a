/** What the host reads from the built manifest (dist/appsscript.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `oauthScopes` of the manifest in `distDir`, or null when it names none (or is missing).
 * @example manifestScopes('dist') // ['https://www.googleapis.com/auth/spreadsheets.currentonly', …]
 */
export function manifestScopes(distDir: string): string[] | null {
  let manifest: { oauthScopes?: unknown };
  try {
    manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'));
  } catch {
    return null;
  }
  const scopes = manifest.oauthScopes;
  return Array.isArray(scopes) ? scopes.map(String) : null;
}

/**
 * The `userSymbol`s of the manifest's enabled advanced services in `distDir` (none when it has none).
 * @example manifestAdvancedServices('dist') // ['BigQuery']
 */
export function manifestAdvancedServices(distDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as { dependencies?: { enabledAdvancedServices?: { userSymbol?: unknown }[] } };
    return (manifest.dependencies?.enabledAdvancedServices ?? []).map((service) => String(service.userSymbol));
  } catch {
    return [];
  }
}
