import { createHash } from 'node:crypto';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { ByteLru } from './byte-lru.ts';

/**
 * Root fields whose answers depend only on the read model (the data version), the arguments,
 * the language and the caller's role and wards: these answers may be stored and served to
 * every caller with the same scope. Anything else (`me`, `importJob`, `users`, `auditLog`,
 * `apiTokens`, and any field added later until someone puts it here) is always executed.
 */
export const STORABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  '__schema',
  '__type',
  'compareWards',
  'coverage',
  'document',
  'heatmap',
  'indicator',
  'indicators',
  'observations',
  'pillars',
  'rankings',
  'scorecard',
  'targets',
  'tasks',
  'trajectory',
  'ward',
  'wards',
]);

/** What the gateway knows about one document text, computed once per text. */
export interface DocumentInfo {
  /** sha256 of the text, hex: the persisted-query id Apollo Client sends. */
  hash: string;
  text: string;
  /** Per operation name ('' for an anonymous single operation): query or not, storable or not. */
  operations: Map<string, { query: boolean; storable: boolean }>;
}

export const documentHash = (text: string) => createHash('sha256').update(text).digest('hex');

function rootFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  const names: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      names.push(...rootFields(selection.selectionSet, fragments, seen));
    else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (seen.has(name)) continue;
      seen.add(name);
      // An unknown fragment makes the document invalid; GraphQL will say so. Never store it.
      names.push(...(fragment ? rootFields(fragment.selectionSet, fragments, seen) : ['?']));
    }
  }
  return names;
}

export function analyse(text: string, hash = documentHash(text)): DocumentInfo | null {
  let document: DocumentNode;
  try {
    document = parse(text, { noLocation: true });
  } catch {
    return null; // GraphQL's own pipeline reports the syntax error
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const info: DocumentInfo = { hash, text, operations: new Map() };
  for (const op of operations) {
    const query = op.operation === 'query';
    const storable =
      query && rootFields(op.selectionSet, fragments).every((f) => STORABLE_ROOT_FIELDS.has(f));
    info.operations.set(op.name?.value ?? '', { query, storable });
  }
  return info;
}

/** The operation a request selects: by name, or the only one. */
export function operationOf(info: DocumentInfo, operationName: string | undefined) {
  if (operationName) return info.operations.get(operationName);
  return info.operations.size === 1 ? [...info.operations.values()][0] : undefined;
}

/**
 * Documents seen, by hash: a GET that names only a persisted-query hash is answered from here.
 * Bounded by bytes; a document pushed out is simply sent again by the client (Apollo Client's
 * persisted-query link retries with the text on PERSISTED_QUERY_NOT_FOUND), so filling it with
 * junk documents costs nobody more than one retry.
 */
export class DocumentRegistry {
  private readonly documents: ByteLru<DocumentInfo>;

  constructor(maxBytes = 8 * 1024 * 1024) {
    this.documents = new ByteLru(maxBytes);
  }

  byHash(hash: string): DocumentInfo | undefined {
    return this.documents.get(hash);
  }

  /** Parses a text once; null when it does not parse (never registered). */
  byText(text: string): DocumentInfo | null {
    const hash = documentHash(text);
    const known = this.documents.get(hash);
    if (known) return known;
    const info = analyse(text, hash);
    // Twice the text's length: the text plus its parsed summary, roughly.
    if (info) this.documents.set(hash, info, 2 * text.length + 200);
    return info;
  }
}
