/** Developer metadata of the Spreadsheet service: entries, their finder and the enums. */
import { EnumValue, Runtime, docNeed, guardClass, makeEnum } from './runtime';
import { Sheet } from './sheet';
import { nextId } from './store';

export const DeveloperMetadataVisibility = makeEnum(['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = makeEnum(['ROW', 'COLUMN', 'SHEET', 'SPREADSHEET']);

/**
 * A developer metadata entry (key, value, visibility) at the spreadsheet or a sheet. `PROJECT`
 * metadata belongs to the Cloud project that wrote it (`Runtime.projectId` then) and is invisible
 * to every other project; `DOCUMENT` metadata is visible to all.
 */
export class DeveloperMetadata {
  readonly id = nextId();
  readonly project: string;
  constructor(
    readonly rt: Runtime,
    private readonly owner: { _metadata: DeveloperMetadata[] },
    public key: string,
    public value: string | null,
    public visibility: EnumValue,
    readonly locationType: EnumValue,
    readonly sheet: Sheet | null,
  ) {
    this.project = rt.projectId;
  }
  /** Whether the running project may see this entry. */
  _visible(): boolean {
    return this.visibility !== DeveloperMetadataVisibility.PROJECT || this.project === this.rt.projectId;
  }
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getVisibility(): EnumValue {
    return this.visibility;
  }
  getLocation(): { getLocationType(): EnumValue; getSheet(): Sheet | null } {
    const { locationType, sheet } = this;
    return { getLocationType: () => locationType, getSheet: () => sheet };
  }
  setKey(key: string): DeveloperMetadata {
    this.key = key;
    return this;
  }
  setValue(value: string): DeveloperMetadata {
    this.value = value;
    return this;
  }
  setVisibility(v: EnumValue): DeveloperMetadata {
    this.visibility = v;
    return this;
  }
  remove(): void {
    const i = this.owner._metadata.indexOf(this);
    if (i >= 0) this.owner._metadata.splice(i, 1);
  }
}
guardClass(DeveloperMetadata, docNeed);

export function addMetadata(
  rt: Runtime,
  owner: { _metadata: DeveloperMetadata[] },
  args: unknown[],
  locationType: EnumValue,
  sheet: Sheet | null,
): void {
  const [key, a, b] = args;
  if (typeof key !== 'string' || key === '') throw rt.error('Invalid argument: key');
  let value: string | null = null;
  let visibility = DeveloperMetadataVisibility.DOCUMENT;
  if (a instanceof EnumValue) visibility = a;
  else if (a !== undefined && a !== null) value = String(a);
  if (b instanceof EnumValue) visibility = b;
  owner._metadata.push(new DeveloperMetadata(rt, owner, key, value, visibility, locationType, sheet));
}

/** `createDeveloperMetadataFinder()`: filters by key, value, id. */
export class DeveloperMetadataFinder {
  private filters: ((m: DeveloperMetadata) => boolean)[] = [];
  constructor(
    readonly rt: Runtime,
    private readonly source: () => DeveloperMetadata[],
  ) {}
  withKey(key: string): this {
    this.filters.push((m) => m.key === key);
    return this;
  }
  withValue(value: string): this {
    this.filters.push((m) => m.value === value);
    return this;
  }
  withId(id: number): this {
    this.filters.push((m) => m.id === id);
    return this;
  }
  withVisibility(v: EnumValue): this {
    this.filters.push((m) => m.visibility === v);
    return this;
  }
  withLocationType(t: EnumValue): this {
    this.filters.push((m) => m.locationType === t);
    return this;
  }
  find(): DeveloperMetadata[] {
    return this.rt.realm.arr(this.source().filter((m) => m._visible() && this.filters.every((f) => f(m))));
  }
}
