// The real YAML engine of VS Code's YAML extension (yaml-language-server), driven over stdio as an
// editor drives it: LSP initialize, the settings it pulls, didOpen, publishDiagnostics, completion
// and hover. Every wait has a deadline, so a hang fails the test instead of stalling it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');

/** How long one answer may take on a loaded 2-core machine (28 files opened at once are validated one by one). */
const DEADLINE_MS = 30_000;

export interface Position {
  line: number;
  character: number;
}
export interface Diagnostic {
  range: { start: Position; end: Position };
  message: string;
  severity?: number;
}
export interface CompletionItem {
  label: string;
  kind?: number;
  insertText?: string;
  documentation?: string | { kind: string; value: string };
}
export interface Hover {
  contents: { kind: string; value: string } | string | unknown[];
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface YamlServer {
  /** Opens a file as the editor would (its text from disk unless given) and returns its first diagnostics. */
  open(path: string, text?: string): Promise<Diagnostic[]>;
  /** Replaces an open file's text, as typing does, and returns the diagnostics of the new text. */
  change(path: string, text: string): Promise<Diagnostic[]>;
  completion(path: string, at: Position): Promise<CompletionItem[]>;
  hover(path: string, at: Position): Promise<Hover | null>;
  /** What VS Code sends when a watched file (a schema) changes on disk. */
  filesChanged(paths: string[]): void;
  stop(): Promise<void>;
}

export const uriOf = (path: string) => pathToFileURL(path).href;

/** Starts the server for the workspace folder `root`, with VS Code's `yaml.*` settings (schema store off: no network). */
export async function startYamlServer(root: string, yamlSettings: Record<string, unknown> = {}): Promise<YamlServer> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const pending = new Map<number, Pending>();
  const diagnosticWaiters = new Map<string, ((d: Diagnostic[]) => void)[]>();
  let nextId = 1;
  let buffer = Buffer.alloc(0);
  let stderr = '';
  let configured!: () => void;
  const configPulled = new Promise<void>((r) => (configured = r));
  const settings = { validate: true, hover: true, completion: true, schemaStore: { enable: false }, ...yamlSettings };

  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const failAll = (error: Error) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    pending.clear();
  };

  // The server's own requests: the settings it pulls (yaml, http, [yaml], editor); anything else gets null.
  const answer = (message: { id: number; method: string; params?: { items?: { section?: string }[] } }) => {
    if (message.method === 'workspace/configuration') {
      const items = message.params?.items ?? [];
      send({
        id: message.id,
        result: items.map((i) => (i.section === 'yaml' ? settings : i.section === 'http' ? { proxyStrictSSL: false } : {})),
      });
      if (items.some((i) => i.section === 'yaml')) configured();
      return;
    }
    send({ id: message.id, result: null });
  };
  const dispatch = (message: {
    id?: number;
    method?: string;
    params?: { uri: string; diagnostics: Diagnostic[] };
    result?: unknown;
    error?: { message: string };
  }) => {
    if (message.method && message.id !== undefined) return answer(message as Parameters<typeof answer>[0]);
    if (message.method === 'textDocument/publishDiagnostics' && message.params) {
      const waiter = diagnosticWaiters.get(message.params.uri)?.shift();
      waiter?.(message.params.diagnostics);
      return;
    }
    if (message.id === undefined) return;
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    clearTimeout(p.timer);
    if (message.error) p.reject(new Error(`yaml-language-server: ${message.error.message}`));
    else p.resolve(message.result);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      buffer = buffer.subarray(headerEnd + 4 + length);
      dispatch(JSON.parse(body));
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.on('exit', (code) => failAll(new Error(`yaml-language-server exited (${code}): ${stderr.slice(-2000)}`)));
  // Writing to a server that died is reported by the exit above, not thrown from the stream.
  child.stdin.on('error', () => undefined);

  const request = <T>(method: string, params: object): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`yaml-language-server: no answer to ${method} within ${DEADLINE_MS} ms`));
      }, DEADLINE_MS);
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      send({ id, method, params });
    });
  const within = <T>(promise: Promise<T>, what: string): Promise<T> => {
    let timer!: NodeJS.Timeout;
    const late = new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error(`yaml-language-server: no ${what} within ${DEADLINE_MS} ms`)), DEADLINE_MS)),
    );
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  };

  /** LSP's handshake, then the settings the server pulls: only then is a file worth opening. */
  async function initialize(rootUri: string): Promise<void> {
    await request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      locale: 'zh-cn',
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
        },
      },
    });
    send({ method: 'initialized', params: {} });
    await within(configPulled, 'settings request');
  }
  try {
    await initialize(uriOf(root));
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  const versions = new Map<string, number>();
  /** Sends a notification about `path`'s text and waits for the diagnostics that follow it. */
  const diagnosed = (path: string, notify: (uri: string, version: number) => void) => {
    const uri = uriOf(path);
    const diagnostics = new Promise<Diagnostic[]>((resolve) =>
      diagnosticWaiters.set(uri, [...(diagnosticWaiters.get(uri) ?? []), resolve]),
    );
    const version = (versions.get(uri) ?? 0) + 1;
    versions.set(uri, version);
    notify(uri, version);
    return within(diagnostics, `diagnostics for ${path}`);
  };
  return {
    open: (path, text = readFileSync(path, 'utf8')) =>
      diagnosed(path, (uri, version) =>
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version, text } } }),
      ),
    change: (path, text) =>
      diagnosed(path, (uri, version) =>
        send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } }),
      ),
    completion: async (path, position) => {
      const result = await request<{ items: CompletionItem[] } | CompletionItem[] | null>('textDocument/completion', {
        textDocument: { uri: uriOf(path) },
        position,
      });
      return Array.isArray(result) ? result : (result?.items ?? []);
    },
    hover: (path, position) => request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(path) }, position }),
    filesChanged: (paths) =>
      send({ method: 'workspace/didChangeWatchedFiles', params: { changes: paths.map((p) => ({ uri: uriOf(p), type: 2 })) } }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await request('shutdown', {}).catch(() => undefined);
      send({ method: 'exit' });
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
