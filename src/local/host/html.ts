/** HtmlService: outputs from strings and files, templates with scriptlets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { Runtime, makeEnum } from './runtime';

/** An HtmlOutput. */
export class HtmlOutput {
  title = '';
  width = 0;
  height = 0;
  constructor(
    readonly rt: Runtime,
    public content: string,
  ) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(added: string): this {
    this.content += String(added);
    return this;
  }
  appendUntrusted(added: string): this {
    this.content += String(added).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setSandboxMode(_mode: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.content = `<meta name="${name}" content="${content}">` + this.content;
    return this;
  }
}

function escapeHtml(v: unknown): string {
  return String(v).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Compiles template text with `<? code ?>`, `<?= escaped ?>` and `<?!= raw ?>` scriptlets into a function body. */
function templateCode(raw: string): string {
  let code = 'var __out = [];\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    code += `__out.push(${JSON.stringify(raw.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(${m[2]}));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__out.push(${JSON.stringify(raw.slice(last))});\nreturn __out.join('');`;
  return code;
}

/** HtmlService: outputs from strings and from `${distDir}/NAME.html`, templates evaluated in the script's context. */
export class HtmlServiceImpl {
  readonly SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
  readonly XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);
  constructor(
    readonly rt: Runtime,
    private readonly distDir: string,
  ) {}
  private file(name: string): string {
    this.rt.check('HtmlService.createHtmlOutputFromFile', 'free');
    const file = name.endsWith('.html') ? name : `${name}.html`;
    try {
      return readFileSync(join(this.distDir, file), 'utf8');
    } catch {
      throw this.rt.error(`No HTML file named ${name} was found.`);
    }
  }
  createHtmlOutput(html = ''): HtmlOutput {
    this.rt.check('HtmlService.createHtmlOutput', 'free');
    return new HtmlOutput(this.rt, String(html));
  }
  createHtmlOutputFromFile(name: string): HtmlOutput {
    return new HtmlOutput(this.rt, this.file(name));
  }
  createTemplate(html: string): Record<string, unknown> {
    this.rt.check('HtmlService.createTemplate', 'free');
    return this.template(String(html));
  }
  createTemplateFromFile(name: string): Record<string, unknown> {
    return this.template(this.file(name));
  }
  private template(raw: string): Record<string, unknown> {
    const rt = this.rt;
    const t: Record<string, unknown> = {};
    Object.defineProperties(t, {
      getRawContent: { value: () => raw },
      getCode: { value: () => templateCode(raw) },
      evaluate: {
        value: () => {
          const fn = vm.runInContext(`(function (__t, __escape) { with (__t) { return (function () { ${templateCode(raw)} })(); } })`, rt.realm.context);
          return new HtmlOutput(rt, fn(t, escapeHtml));
        },
      },
    });
    return t;
  }
}
