/** SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts, recorded. */
import { HtmlOutput } from './html';
import { EnumValue, Runtime, makeEnum } from './runtime';

export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

/** What the UI showed: menus, sidebars, dialogs, alerts. */
export interface UiRecord {
  menus: { caption: string; addon: boolean; items: ({ caption: string; functionName: string } | 'separator' | { subMenu: string })[] }[];
  sidebars: { title: string; html: string; width: number }[];
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: { title: string; prompt: string; buttons: string }[];
  /** Answers the next alerts give (default: OK or YES). */
  alertAnswers: string[];
}

/** SpreadsheetApp.getUi(). */
export class UiService {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    readonly rt: Runtime,
    readonly record: UiRecord,
    private readonly addonTitle: string,
  ) {}
  private menu(caption: string, addon: boolean): object {
    const rt = this.rt;
    const items: UiRecord['menus'][number]['items'] = [];
    const record = this.record;
    const m = {
      addItem(itemCaption: string, functionName: string) {
        rt.check('Menu.addItem', 'menu');
        items.push({ caption: String(itemCaption), functionName: String(functionName) });
        return m;
      },
      addSeparator() {
        rt.check('Menu.addSeparator', 'menu');
        items.push('separator');
        return m;
      },
      addSubMenu(sub: { _caption?: string }) {
        items.push({ subMenu: String(sub._caption ?? '') });
        return m;
      },
      addToUi() {
        rt.check('Menu.addToUi', 'menu');
        const i = record.menus.findIndex((x) => x.caption === caption);
        const entry = { caption, addon, items };
        if (i >= 0) record.menus[i] = entry;
        else record.menus.push(entry);
      },
      _caption: caption,
    };
    return m;
  }
  createAddonMenu(): object {
    this.rt.check('Ui.createAddonMenu', 'menu');
    return this.menu(this.addonTitle, true);
  }
  createMenu(caption: string): object {
    this.rt.check('Ui.createMenu', 'menu');
    return this.menu(String(caption), false);
  }
  showSidebar(output: HtmlOutput): void {
    this.rt.check('Ui.showSidebar', 'ui');
    this.record.sidebars.push({ title: output.title, html: output.content, width: 300 });
  }
  showModalDialog(output: HtmlOutput, title: string): void {
    this.rt.check('Ui.showModalDialog', 'ui');
    this.record.dialogs.push({ title: String(title), html: output.content, modal: true });
  }
  showModelessDialog(output: HtmlOutput, title: string): void {
    this.rt.check('Ui.showModelessDialog', 'ui');
    this.record.dialogs.push({ title: String(title), html: output.content, modal: false });
  }
  alert(...args: unknown[]): EnumValue {
    this.rt.check('Ui.alert', 'ui');
    const [title, prompt, buttons] =
      args.length >= 3 ? args : args.length === 2 && args[1] instanceof EnumValue ? ['', args[0], args[1]] : ['', args[0], ButtonSet.OK];
    const set = String(buttons);
    this.record.alerts.push({ title: String(title), prompt: String(prompt), buttons: set });
    const answer = this.record.alertAnswers.shift() ?? (set.startsWith('YES') ? 'YES' : 'OK');
    return Button[answer as keyof typeof Button];
  }
}

/** Utilities: formatDate with Java patterns and IANA zones, uuid, base64, sleep, minimal blobs. */
