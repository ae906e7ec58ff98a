/**
 * google.script.run as a promise. In Apps Script the global `google` exists inside the sidebar's
 * iframe; the local preview provides the same object over HTTP.
 */
declare const google: {
  script: {
    run: {
      withSuccessHandler(fn: (value: unknown) => void): any;
      withFailureHandler(fn: (error: Error) => void): any;
    };
  };
};

/**
 * The message of a failed call, without the "Exception: " / "Error: " prefix Apps Script may add.
 * @example errorText(new Error('Exception: No sheet')) === 'No sheet'
 */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^(Exception|Error|UserError|ScriptError):\s*/, '');
}

/**
 * Calls a server function by name.
 * @example const state = await callServer<SidebarState>('getSidebarState');
 */
export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as T))
      .withFailureHandler((error: Error) => reject(new Error(errorText(error))));
    runner[name](...args);
  });
}
