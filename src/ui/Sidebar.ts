/**
 * The sidebar's client code. It talks to the server only through google.script.run, with plain
 * data (no Date objects), and writes user strings with textContent, never as HTML.
 */
import { callServer } from './server';

interface SidebarState {
  language: string;
  spreadsheetName: string;
  activeSheetName: string;
  sheetNames: string[];
  messages: Record<string, string>;
}

function format(text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  try {
    const state = await callServer<SidebarState>('getSidebarState');
    document.documentElement.lang = state.language;
    const title = document.createElement('h1');
    title.textContent = state.messages['sidebar.title'];
    const status = document.createElement('p');
    status.className = 'muted';
    status.textContent = format(state.messages['sidebar.connected'], {
      spreadsheet: state.spreadsheetName,
      sheet: state.activeSheetName,
    });
    app.replaceChildren(title, status);
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'error';
    message.setAttribute('role', 'alert');
    message.textContent = error instanceof Error ? error.message : String(error);
    app.replaceChildren(message);
  }
}

start();
