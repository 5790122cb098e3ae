// SARIF 2.1.0, the subset GitHub code scanning reads: rule metadata from the catalogue, one result
// per finding with a region (on a workbook, the cell as a logical location), stable fingerprints
// so alerts are not duplicated between runs. Paths are relative to the report root, declared as
// %SRCROOT% (lint/rooted.ts); a file outside it is an absolute file:// URI.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl } from '../../rules/index.js';
import { toolVersion } from '../../core/version.js';
import { placeText, type Finding, type FindingLocation } from '../../lint/finding.js';
import type { LintResult } from '../../lint/run.js';
import type { Formatter } from '../formatter.js';
import { fingerprint } from './fingerprint.js';

const ROOT_ID = '%SRCROOT%';

type Artifact = { uri: string; uriBaseId?: string; index?: number };

/** A report path as a SARIF artifact location: relative to %SRCROOT%, or an absolute file:// URI. */
function artifactOf(file: string): Artifact {
  return isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: encodeURI(file), uriBaseId: ROOT_ID };
}

type Located<K extends FindingLocation['kind']> = Finding & { location: Extract<FindingLocation, { kind: K }> };

/** A place in a YAML file: its text region, and the JSON Pointer of the value. */
function textLocation(f: Located<'text'>, artifact: Artifact) {
  const at = f.location;
  return {
    physicalLocation: {
      artifactLocation: artifact,
      region: {
        startLine: at.line,
        startColumn: at.column,
        endLine: at.endLine,
        endColumn: Math.max(at.endColumn, at.line === at.endLine ? at.column : 1),
      },
    },
    ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] } : {}),
  };
}

/**
 * A cell of a workbook or CSV file: the cell as a logical location, and its row as the region's
 * line, which GitHub requires (a CSV row is its line when no field spans lines; a workbook has no
 * text lines, and the row is where a reader looks).
 */
function cellLocation(f: Located<'cell'>, artifact: Artifact) {
  return {
    physicalLocation: { artifactLocation: artifact, region: { startLine: f.location.row } },
    logicalLocations: [{ name: f.location.cell, fullyQualifiedName: placeText(f), kind: 'element' }],
  };
}

/** The finding's location in SARIF: a text region, or a cell. */
function locationOf(f: Finding, artifact: Artifact) {
  return isCell(f) ? cellLocation(f, artifact) : textLocation(f as Located<'text'>, artifact);
}

const isCell = (f: Finding): f is Located<'cell'> => f.location.kind === 'cell';

export const sarif: Formatter<LintResult> = (result, ctx) => {
  const lang = ctx.lang;
  const rules = RULES.map((r) => ({
    id: r.meta.slug,
    shortDescription: { text: r.meta.description[lang] },
    fullDescription: { text: r.meta.why[lang] },
    help: {
      text: `${r.meta.description[lang]}\n\n${r.meta.why[lang]}`,
      markdown: `**${r.meta.code} ${r.meta.slug}**: ${r.meta.description[lang]}\n\n${r.meta.why[lang]}`,
    },
    defaultConfiguration:
      r.meta.severity === 'off' ? { enabled: false, level: 'warning' } : { level: r.meta.severity === 'error' ? 'error' : 'warning' },
    properties: { tags: [...r.meta.tags], code: r.meta.code },
    ...(ruleDocsUrl(r.meta.slug) ? { helpUri: ruleDocsUrl(r.meta.slug) } : {}),
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = result.files.map((f) => ({ location: artifactOf(f) }));
  const artifactIndex = new Map(result.files.map((f, i) => [f, i]));
  const results = result.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule) ?? 0,
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: isCell(f) ? `${placeText(f)} ${f.message}` : f.message },
    locations: [locationOf(f, { ...artifactOf(f.file), index: artifactIndex.get(f.file) ?? 0 })],
    partialFingerprints: {
      'gkmlFinding/v2': fingerprint(f),
    },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gkml', version: toolVersion(), semanticVersion: toolVersion(), rules } },
        originalUriBaseIds: {
          [ROOT_ID]: { description: { text: 'The root of the git repository gkml ran in, else the folder it ran in.' } },
        },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
