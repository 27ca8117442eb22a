import type { AgencyDefinition } from '../core/article';
import { freezeTable } from '../core/util/freeze';

export type { AgencyDefinition };

/**
 * The agencies and outlets copydesk knows by default. Pass your own list (for
 * example `[...DEFAULT_AGENCIES, { name: 'ANSA', aliases: [], kind: 'wire' }]`)
 * through the `agencies` option to extend it.
 */
export const DEFAULT_AGENCIES: readonly AgencyDefinition[] = freezeTable([
  { name: 'Reuters', aliases: ['REUTERS', 'Thomson Reuters'], kind: 'wire' },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press', 'AP Photo'], kind: 'wire' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP Photo'], kind: 'wire' },
  { name: 'UPI', aliases: ['United Press International'], kind: 'wire' },
  { name: 'Bloomberg', aliases: ['Bloomberg News'], kind: 'wire' },
  { name: 'dpa', aliases: ['DPA', 'Deutsche Presse-Agentur'], kind: 'wire' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency', 'YONHAP'], kind: 'wire' },
  { name: 'Kyodo', aliases: ['Kyodo News'], kind: 'wire' },
  { name: 'TASS', aliases: ['ITAR-TASS', 'Tass'], kind: 'wire' },
  { name: 'RIA', aliases: ['RIA Novosti', 'RIA-Novosti'], kind: 'wire' },
  { name: 'Interfax', aliases: [], kind: 'wire' },
  { name: 'Xinhua', aliases: ['XINHUA', 'Xinhua News Agency'], kind: 'wire' },
  { name: 'KCNA', aliases: ['Korean Central News Agency'], kind: 'wire' },
  { name: 'PA', aliases: ['Press Association', 'PA Media'], kind: 'wire' },
  { name: 'ANSA', aliases: [], kind: 'wire' },
  { name: 'EFE', aliases: [], kind: 'wire' },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], kind: 'wire' },
  { name: 'PTI', aliases: ['Press Trust of India'], kind: 'wire' },
  { name: 'CNN Wire', aliases: [], kind: 'wire' },
  { name: 'Getty Images', aliases: ['Getty'], kind: 'wire', photoOnly: true },
  { name: 'EPA', aliases: ['EPA-EFE'], kind: 'wire', photoOnly: true },
  // National agencies and news services whose copy outlets run under their credit.
  { name: 'The Canadian Press', aliases: ['Canadian Press', 'CP'], kind: 'wire' },
  { name: 'AAP', aliases: ['Australian Associated Press'], kind: 'wire' },
  { name: 'ANI', aliases: ['Asian News International'], kind: 'wire' },
  { name: 'IANS', aliases: ['Indo-Asian News Service'], kind: 'wire' },
  { name: 'Jiji Press', aliases: ['Jiji'], kind: 'wire' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], kind: 'wire' },
  { name: 'WAM', aliases: ['Emirates News Agency'], kind: 'wire' },
  { name: 'Antara', aliases: ['Antara News Agency'], kind: 'wire' },
  { name: 'Bernama', aliases: [], kind: 'wire' },
  { name: 'Lusa', aliases: [], kind: 'wire' },
  { name: 'Europa Press', aliases: [], kind: 'wire' },
  { name: 'Notimex', aliases: [], kind: 'wire' },
  { name: 'PAP', aliases: ['Polish Press Agency'], kind: 'wire' },
  { name: 'ANP', aliases: [], kind: 'wire' },
  { name: 'Belga', aliases: [], kind: 'wire' },
  { name: 'Ritzau', aliases: [], kind: 'wire' },
  { name: 'NTB', aliases: [], kind: 'wire' },
  { name: 'TT', aliases: ['TT News Agency'], kind: 'wire' },
  { name: 'Ukrinform', aliases: [], kind: 'wire' },
  { name: 'Dow Jones Newswires', aliases: ['DJ Newswires'], kind: 'wire' },
  { name: 'Tribune News Service', aliases: ['McClatchy-Tribune', 'MCT'], kind: 'wire' },
  { name: 'Scripps Howard News Service', aliases: [], kind: 'wire' },
  { name: 'Religion News Service', aliases: [], kind: 'wire' },
  { name: 'HealthDay', aliases: ['HealthDay News'], kind: 'wire' },
  // Press-release wires: a release carries their dateline (`SAN FRANCISCO--(BUSINESS WIRE)--`).
  { name: 'Business Wire', aliases: ['BUSINESS WIRE', 'BusinessWire'], kind: 'wire' },
  { name: 'PR Newswire', aliases: ['PRNewswire', 'PR NEWSWIRE'], kind: 'wire' },
  { name: 'GlobeNewswire', aliases: ['GLOBE NEWSWIRE', 'Globe Newswire'], kind: 'wire' },
  { name: 'CNN', aliases: [], kind: 'outlet' },
  { name: 'BBC', aliases: [], kind: 'outlet' },
  { name: 'NHK', aliases: [], kind: 'outlet' },
  { name: 'Asahi Shimbun', aliases: ['Asahi'], kind: 'outlet' },
  { name: 'Rodong Sinmun', aliases: [], kind: 'outlet' },
  { name: 'The New York Times', aliases: ['New York Times'], kind: 'outlet' },
  { name: 'The Washington Post', aliases: ['Washington Post'], kind: 'outlet' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal'], kind: 'outlet' },
  { name: 'The Guardian', aliases: [], kind: 'outlet' },
  { name: 'Financial Times', aliases: [], kind: 'outlet' },
  { name: 'Al Jazeera', aliases: [], kind: 'outlet' },
  { name: 'Fox News', aliases: [], kind: 'outlet' },
  { name: 'NBC News', aliases: [], kind: 'outlet' },
  { name: 'CBS News', aliases: [], kind: 'outlet' },
  { name: 'ABC News', aliases: [], kind: 'outlet' },
  { name: 'Politico', aliases: ['POLITICO'], kind: 'outlet' },
  { name: 'Axios', aliases: [], kind: 'outlet' },
  { name: 'Nikkei', aliases: ['Nikkei Asia'], kind: 'outlet' },
  { name: 'Izvestia', aliases: [], kind: 'outlet' },
  { name: 'Kommersant', aliases: [], kind: 'outlet' },
]);

/** A compiled lookup from any spelling to its agency. @internal */
export interface AgencyIndex {
  readonly pattern: RegExp;
  /** The same spellings, matched only at the start of a text (sticky). */
  readonly startPattern: RegExp;
  readonly byName: ReadonlyMap<string, AgencyDefinition>;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matchers by list. A list that is not frozen all the way down is kept with
 * the content it was built from and built again when that changed (an agency
 * pushed onto it after a first call was ignored); a frozen one, as
 * `DEFAULT_AGENCIES`, is trusted.
 */
const indexCache = new WeakMap<readonly AgencyDefinition[], { key: string | undefined; index: AgencyIndex }>();

/** What a matcher is built from: every name, alias, kind and photo flag, in order. */
function contentKey(agencies: readonly AgencyDefinition[]): string {
  return agencies
    .map((a) => `${a.name}\u0001${a.aliases.join('\u0002')}\u0001${a.kind}\u0001${a.photoOnly === true ? 1 : 0}`)
    .join('\u0000');
}

function deepFrozen(agencies: readonly AgencyDefinition[]): boolean {
  return Object.isFrozen(agencies) && agencies.every((a) => Object.isFrozen(a) && Object.isFrozen(a.aliases));
}

/** Builds (and caches) a matcher over all spellings of the given agencies. @internal */
export function indexAgencies(agencies: readonly AgencyDefinition[]): AgencyIndex {
  const cached = indexCache.get(agencies);
  if (cached && (cached.key === undefined || cached.key === contentKey(agencies))) return cached.index;
  const byName = new Map<string, AgencyDefinition>();
  const spellings: string[] = [];
  for (const agency of agencies) {
    for (const spelling of [agency.name, ...agency.aliases]) {
      byName.set(spelling, agency);
      spellings.push(spelling);
    }
  }
  // An empty spelling (or an empty list) would match the empty string everywhere; match nothing instead.
  const nonEmpty = spellings.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  const source = nonEmpty.length === 0 ? '(?!)' : `(?<![\\w-])(?:${nonEmpty.map(escapeRegExp).join('|')})(?![\\w-])`;
  const pattern = new RegExp(source, 'g');
  const index = { pattern, startPattern: new RegExp(source, 'y'), byName };
  indexCache.set(agencies, { key: deepFrozen(agencies) ? undefined : contentKey(agencies), index });
  return index;
}

/**
 * The agency spelled at the very start of `text`, if any: the first of
 * {@link findAgencies} when it starts at 0, without reading the rest.
 *
 * @internal
 */
export function agencyAtStart(
  text: string,
  index: AgencyIndex,
): { agency: AgencyDefinition; start: number; end: number } | undefined {
  index.startPattern.lastIndex = 0;
  const m = index.startPattern.exec(text);
  const agency = m === null ? undefined : index.byName.get(m[0]);
  return m !== null && agency !== undefined ? { agency, start: 0, end: m[0].length } : undefined;
}

/** Every agency spelled in `text`, with positions, in order. @internal */
export function findAgencies(
  text: string,
  index: AgencyIndex,
): Array<{ agency: AgencyDefinition; start: number; end: number }> {
  const found: Array<{ agency: AgencyDefinition; start: number; end: number }> = [];
  index.pattern.lastIndex = 0;
  for (let m = index.pattern.exec(text); m !== null; m = index.pattern.exec(text)) {
    const agency = index.byName.get(m[0]);
    if (agency) found.push({ agency, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
