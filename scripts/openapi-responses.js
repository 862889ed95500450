/* eslint-disable */
/**
 * Writes the response DTOs of the API's routes from the TypeScript types their handlers return (the views of
 * libs/*), so that the OpenAPI document declares every answer: `node scripts/openapi-responses.js`.
 * For each controller under apps/api/src/http/<ctx>/ it writes <ctx>/<ctx>.responses.ts (classes with
 * @ApiProperty) and puts `@ApiResponse({ status, type })` on the routes that have none yet.
 * A route whose answer is not JSON (a file, an HTML page) or several shapes is declared by hand and skipped here.
 * Re-run after adding a route or changing a view; the answers contract test checks real answers against them.
 */
const ts = require('typescript');
const path = require('path');
const fs = require('fs');

const root = path.resolve(__dirname, '..');
const cfg = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const only = process.argv.slice(2);
const files = cfg.fileNames.filter((f) => /apps\/api\/src\/http\/.*\.controller\.ts$/.test(f));
const program = ts.createProgram(files, cfg.options);
const checker = program.getTypeChecker();

/** Names of the classes already in the document (request DTOs): a response class never takes one. */
const taken = new Set();
for (const f of cfg.fileNames.filter((f) => /apps\/api\/src\/http\/.*\.dto\.ts$/.test(f))) {
  for (const m of fs.readFileSync(f, 'utf8').matchAll(/export class (\w+)/g)) taken.add(m[1]);
}

/** Names for answers the handlers give as an anonymous type (a view with a field added): the name partners read. */
const NAMES = { 'cases:get': 'CaseView', 'orientations:get': 'OrientationWithHistory' };

const classes = new Map(); // name -> { ctx, text, deps:Set }
const byType = new Map(); // type id -> name
const pascal = (s) => s.replace(/(^|[-_ ])(\w)/g, (_, __, c) => c.toUpperCase());

function unwrapPromise(t) {
  const s = t.getSymbol();
  if (s && s.getName() === 'Promise' && t.typeArguments) return t.typeArguments[0];
  const args = checker.getTypeArguments ? (t.aliasTypeArguments || (t.target && checker.getTypeArguments(t))) : undefined;
  if (s && s.getName() === 'Promise' && args) return args[0];
  return t;
}

const isNull = (t) => (t.flags & ts.TypeFlags.Null) !== 0;
const isUndef = (t) => (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;

function typeName(t) {
  const alias = t.aliasSymbol && t.aliasSymbol.getName();
  if (alias && !/^(Record|Partial|Pick|Omit|Readonly)$/.test(alias)) return alias;
  const s = t.getSymbol();
  if (s && !['__type', '__object', 'Object', 'Array'].includes(s.getName()) && !(t.flags & ts.TypeFlags.Intersection)) return s.getName();
  return undefined;
}

function uniqueName(base) {
  let name = base;
  if (taken.has(name) || (classes.has(name) && !classes.get(name).pending)) name = `${base}Answer`;
  let i = 2;
  while (taken.has(name) || classes.has(name)) name = `${base}Answer${i++}`;
  return name;
}

/** A property's @ApiProperty options, as source text. */
function propOptions(t, ctx, hint, required) {
  let nullable = false;
  let parts = [t];
  if (t.isUnion()) {
    parts = t.types.filter((x) => !isUndef(x));
    if (parts.some(isNull)) nullable = true;
    parts = parts.filter((x) => !isNull(x));
  }
  const opts = [];
  if (!required) opts.push('required: false');
  if (nullable) opts.push('nullable: true');
  // boolean appears as the union true | false
  if (parts.length === 2 && parts.every((x) => x.flags & ts.TypeFlags.BooleanLiteral)) parts = [checker.getBooleanType()];
  const schema = schemaOf(parts, ctx, hint);
  // No type at all: @ApiProperty would take the reflected `Object`; a oneOf of the empty schema says « anything ».
  if (!schema.length) schema.push('oneOf: [{}]');
  return [...opts, ...schema].join(', ');
}

/** Options describing one (non-null) type made of `parts` (a union when several). */
function schemaOf(parts, ctx, hint) {
  if (parts.length > 1) {
    if (parts.every((x) => x.isStringLiteral())) return [`enum: ${JSON.stringify(parts.map((x) => x.value))}`];
    if (parts.every((x) => x.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.String))) return ['type: String'];
    if (parts.every((x) => x.flags & (ts.TypeFlags.NumberLiteral | ts.TypeFlags.Number))) return ['type: Number'];
    if (parts.every((x) => x.flags & (ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Boolean))) return ['type: Boolean'];
    return [`oneOf: [${parts.map((p) => `{ ${schemaInline(p, ctx, hint)} }`).join(', ')}]`];
  }
  const t = parts[0];
  if (t.flags & ts.TypeFlags.StringLiteral) return [`enum: [${JSON.stringify(t.value)}]`];
  if (t.flags & ts.TypeFlags.String) return ['type: String'];
  if (t.flags & ts.TypeFlags.NumberLiteral) return [`type: Number, enum: [${t.value}]`];
  if (t.flags & ts.TypeFlags.Number) return ['type: Number'];
  if (t.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return ['type: Boolean'];
  // Anything (a CASL rule, a free fact): the empty schema, `unknown` in the web client's types.
  if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return [];
  if (checker.isArrayType(t) || checker.isTupleType(t)) {
    const el = checker.getTypeArguments(t)[0];
    const inner = propOptions(el, ctx, hint, true).split(', ');
    if (inner.length === 1) {
      let m;
      if ((m = /^type: \(\) => (\w+)$/.exec(inner[0]))) return [`type: () => [${m[1]}]`];
      if ((m = /^type: (String|Number|Boolean)$/.exec(inner[0]))) return [`type: [${m[1]}]`];
      if (inner[0].startsWith('enum:')) return ['isArray: true', inner[0]];
    }
    return [`type: 'array', items: { ${schemaInline(el, ctx, hint)} }`];
  }
  const sym = t.getSymbol();
  if (sym && sym.getName() === 'Date') return [`type: String, format: 'date-time'`];
  const index = checker.getIndexInfosOfType(t);
  const props = checker.getPropertiesOfType(t);
  if (index.length && !props.length) {
    return [`type: 'object', additionalProperties: { ${schemaInline(index[0].type, ctx, hint)} }`];
  }
  if (!props.length) return [`type: 'object'`];
  return [`type: () => ${classOf(t, ctx, hint)}`];
}

/** A raw schema object (for items, oneOf members, additionalProperties): no class-valued `type`. */
function schemaInline(t, ctx, hint) {
  let nullable = false;
  let parts = [t];
  if (t.isUnion()) {
    parts = t.types.filter((x) => !isUndef(x));
    nullable = parts.some(isNull);
    parts = parts.filter((x) => !isNull(x));
    if (parts.length === 2 && parts.every((x) => x.flags & ts.TypeFlags.BooleanLiteral)) parts = [checker.getBooleanType()];
  }
  const opts = schemaOf(parts, ctx, hint).map((o) =>
    o
      .replace(/^type: String/, "type: 'string'")
      .replace(/^type: Number/, "type: 'number'")
      .replace(/^type: Boolean/, "type: 'boolean'")
      .replace(/^type: \(\) => \[(\w+)\]$/, "type: 'array', items: { $ref: getSchemaPath($1) }")
      .replace(/^type: \(\) => (\w+)$/, '$ref: getSchemaPath($1)')
      .replace(/^type: \[String\]$/, "type: 'array', items: { type: 'string' }")
      .replace(/^type: \[Number\]$/, "type: 'array', items: { type: 'number' }")
      .replace(/^type: \[Boolean\]$/, "type: 'array', items: { type: 'boolean' }")
      .replace(/^isArray: true$/, "type: 'array'"),
  );
  if (opts.length === 2 && opts[0] === "type: 'array'" && opts[1].startsWith('enum:')) return `type: 'array', items: { type: 'string', ${opts[1]} }`;
  if (opts.some((o) => o.startsWith('enum:')) && !opts.some((o) => o.startsWith('type:'))) opts.unshift("type: 'string'");
  if (nullable) opts.push('nullable: true');
  return opts.join(', ');
}

function classOf(t, ctx, hint) {
  const id = t.id;
  if (byType.has(id)) return byType.get(id);
  const base = typeName(t) || hint;
  const name = uniqueName(base);
  byType.set(id, name);
  classes.set(name, { ctx, pending: true });
  const lines = [];
  const doc = t.getSymbol() && ts.displayPartsToString(t.getSymbol().getDocumentationComment(checker));
  if (doc) lines.push(`/** ${doc.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/')} */`);
  // A view with fields added (`OrientationView & { history: … }`): the class extends the view's and declares
  // only what the intersection adds or narrows, instead of a second copy of every field.
  const { base: parent, inherited } = baseOf(t, ctx);
  lines.push(`export class ${name}${parent ? ` extends ${parent}` : ''} {`);
  for (const p of checker.getPropertiesOfType(t)) {
    const decl = p.valueDeclaration || (p.declarations && p.declarations[0]);
    // A mapped type's keys (Record<PlaceKind, number>) have no declaration: their type is the symbol's own.
    const pt = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p);
    if (inherited.get(p.getName()) === pt) continue;
    const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
    const pdoc = ts.displayPartsToString(p.getDocumentationComment(checker)).replace(/\s+/g, ' ');
    const opts = propOptions(pt, ctx, `${name.replace(/Answer\d*$/, '')}${pascal(p.getName())}`, !optional);
    const desc = pdoc ? `, description: ${JSON.stringify(pdoc)}` : '';
    lines.push(`  @ApiProperty({ ${opts}${desc} })`);
    lines.push(`  ${p.getName()}${optional ? '?' : '!'}: ${tsText(pt)};`);
    lines.push('');
  }
  if (lines[lines.length - 1] === '') lines.pop();
  lines.push('}');
  classes.delete(name); // after the classes it uses: `getSchemaPath(X)` runs when the class is defined
  classes.set(name, { ctx, text: lines.join('\n') });
  return name;
}

/** For an intersection with a named object type: that type's class and its properties' types (by name). */
function baseOf(t, ctx) {
  const inherited = new Map();
  if (!(t.flags & ts.TypeFlags.Intersection)) return { base: undefined, inherited };
  const named = t.types.find((x) => typeName(x) && checker.getPropertiesOfType(x).length && !checker.isArrayType(x));
  if (!named) return { base: undefined, inherited };
  const base = classOf(named, ctx, typeName(named));
  for (const p of checker.getPropertiesOfType(named)) {
    const decl = p.valueDeclaration || (p.declarations && p.declarations[0]);
    const own = checker.getPropertyOfType(t, p.getName());
    const odecl = own && (own.valueDeclaration || (own.declarations && own.declarations[0]));
    const bt = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : checker.getTypeOfSymbol(p);
    const ot = own && (odecl ? checker.getTypeOfSymbolAtLocation(own, odecl) : checker.getTypeOfSymbol(own));
    // Same optionality and the same type object: the field is the base's, not redeclared.
    if (ot === bt && (own.flags & ts.SymbolFlags.Optional) === (p.flags & ts.SymbolFlags.Optional)) inherited.set(p.getName(), ot);
  }
  return { base, inherited };
}

/** The field's TypeScript type, as the class declares it (loose: the schema is what matters). */
function tsText(t) {
  const s = checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
  if (/\bany\b/.test(s)) return 'unknown';
  return /^[\w\[\]|" .'-]+$/.test(s) && !/\b[A-Z]\w*/.test(s.replace(/"[^"]*"/g, '')) ? s : 'unknown';
}

const routeDecorations = []; // { file, method, status, decorator }
for (const f of files) {
  const ctxDir = path.basename(path.dirname(f));
  if (only.length && !only.includes(ctxDir)) continue;
  const sf = program.getSourceFile(f);
  const ctrl = path.basename(f).replace('.controller.ts', '');
  ts.forEachChild(sf, function visit(n) {
    if (ts.isMethodDeclaration(n) && ts.isClassDeclaration(n.parent)) {
      const decos = (ts.getDecorators(n) || []).map((d) => d.expression.getText(sf));
      const verb = decos.find((d) => /^(Get|Post|Put|Patch|Delete)\(/.test(d));
      if (!verb) return;
      // A route already declared keeps its decorators; its classes are still written (a re-run rewrites the files).
      const declared = decos.some((d) => /^Api(Ok|Created|Accepted|NoContent)?Response\(/.test(d));
      // Declared by hand (a DTO of its own, a file, a page): not this script's.
      if (declared && !decos.some((d) => /^ApiResponse\(.*\b\w*[aA]nswers\./.test(d))) return;
      const code = decos.map((d) => /^HttpCode\((\d+)\)/.exec(d)).find(Boolean);
      const status = code ? Number(code[1]) : verb.startsWith('Post') ? 201 : 200;
      let t = unwrapPromise(checker.getReturnTypeOfSignature(checker.getSignatureFromDeclaration(n)));
      const method = n.name.getText(sf);
      if (t.flags & ts.TypeFlags.Void || status === 204) {
        routeDecorations.push({ f, method, declared, text: `@ApiResponse({ status: ${status}, description: 'Done; no body' })` });
        return;
      }
      const txt = checker.typeToString(t);
      if (/StreamableFile|HealthCheckResult/.test(txt) || t.flags & ts.TypeFlags.String) return; // by hand
      if (t.isUnion() && !t.types.every((x) => x.flags & ts.TypeFlags.Object)) return;
      const hint = NAMES[`${ctrl}:${method}`] ?? `${pascal(ctrl)}${pascal(method)}Answer`;
      let type;
      if (t.isUnion()) {
        const refs = t.types.map((x) => classOf(x, ctxDir, hint));
        for (const r of refs) routeDecorations.push({ f, method, model: r, ctxDir });
        routeDecorations.push({ f, method, declared, text: `@ApiResponse({ status: ${status}, description: 'One of these answers', schema: { anyOf: [${refs.map((r) => `{ $ref: getSchemaPath(${r}) }`).join(', ')}] } })`, refs, ctxDir });
        return;
      }
      if (checker.isArrayType(t)) {
        const el = checker.getTypeArguments(t)[0];
        const name = classOf(el, ctxDir, hint.replace(/Answer$/, 'Item'));
        routeDecorations.push({ f, method, declared, text: `@ApiResponse({ status: ${status}, type: [${name}] })`, refs: [name], ctxDir });
        return;
      }
      const props = checker.getPropertiesOfType(t).map((p) => p.getName());
      let h = hint;
      if (!typeName(t) && props.includes('items')) {
        const items = checker.getTypeOfSymbolAtLocation(checker.getPropertyOfType(t, 'items'), n);
        const el = checker.isArrayType(items) ? checker.getTypeArguments(items)[0] : undefined;
        const elName = el && typeName(el);
        if (elName) h = `${elName}${props.includes('nextCursor') ? 'Page' : 'List'}`;
      }
      const name = classOf(t, ctxDir, h);
      routeDecorations.push({ f, method, declared, text: `@ApiResponse({ status: ${status}, type: ${name} })`, refs: [name], ctxDir });
    }
    ts.forEachChild(n, visit);
  });
}

// Write the classes, one file per context folder.
const byCtx = new Map();
for (const [name, c] of classes) {
  if (!byCtx.has(c.ctx)) byCtx.set(c.ctx, []);
  byCtx.get(c.ctx).push(name);
}
const fileOf = (ctx) => path.join(root, 'apps/api/src/http', ctx, `${ctx}.responses.ts`);
for (const [ctx, names] of byCtx) {
  const body = names.map((n) => classes.get(n).text).join('\n\n');
  const foreign = new Map();
  for (const [n, c] of classes) if (c.ctx !== ctx && new RegExp(`\\b${n}\\b`).test(body)) foreign.set(n, c.ctx);
  const imports = [`import { ApiProperty${/getSchemaPath/.test(body) ? ', getSchemaPath' : ''} } from '@nestjs/swagger';`];
  const byFile = new Map();
  for (const [n, c] of foreign) byFile.set(c, [...(byFile.get(c) || []), n]);
  for (const [c, ns] of byFile) imports.push(`import { ${ns.sort().join(', ')} } from '../${c}/${c}.responses';`);
  const header = `/**\n * What the ${ctx} routes answer, declared for the OpenAPI document (and so for the web client's types).\n * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by\n * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.\n */\n`;
  fs.writeFileSync(fileOf(ctx), `${imports.join('\n')}\n\n${header}${body}\n`);
}

/** The classes only named through `getSchemaPath` below a route's answer: @ApiExtraModels registers them. */
function schemaPathRefs(roots) {
  const seen = new Set();
  const refs = new Set();
  const walk = (n) => {
    if (seen.has(n) || !classes.has(n)) return;
    seen.add(n);
    const text = classes.get(n).text;
    for (const m of text.matchAll(/getSchemaPath\((\w+)\)/g)) refs.add(m[1]), walk(m[1]);
    for (const m of text.matchAll(/=> \[?(\w+)/g)) walk(m[1]);
  };
  roots.forEach(walk);
  return [...refs];
}

// Decorate the routes.
const byFile = new Map();
for (const d of routeDecorations.filter((x) => !x.declared)) byFile.set(d.f, [...(byFile.get(d.f) || []), d]);
for (const [f, decs] of byFile) {
  let src = fs.readFileSync(f, 'utf8').split('\n');
  const ctxDir = path.basename(path.dirname(f));
  const used = new Set();
  const swagger = new Set(['ApiResponse']);
  for (const d of decs) {
    if (!d.text || d.declared) continue;
    const idx = src.findIndex((l, i) => new RegExp(`^\\s+(async\\s+)?${d.method}\\(`).test(l) && src.slice(Math.max(0, i - 12), i).some((x) => /@(Get|Post|Put|Patch|Delete)\(/.test(x)));
    let at = idx;
    while (at > 0 && !/@(Get|Post|Put|Patch|Delete)\(/.test(src[at])) at--;
    const ind = src[at].match(/^\s*/)[0];
    const extra = [];
    const models = [...new Set([...(/getSchemaPath/.test(d.text) ? d.refs : []), ...schemaPathRefs(d.refs || [])])];
    if (/getSchemaPath/.test(d.text)) swagger.add('getSchemaPath');
    if (models.length) {
      swagger.add('ApiExtraModels');
      extra.push(`${ind}@ApiExtraModels(${models.join(', ')})`);
      models.forEach((m) => used.add(m));
    }
    const q = (t) => t.replace(/\b([A-Z]\w+)\b/g, (n) => (classes.has(n) ? `${classes.get(n).ctx === ctxDir ? 'answers' : `${classes.get(n).ctx}Answers`}.${n}` : n));
    src.splice(at, 0, ...extra.map(q), `${ind}${q(d.text)}`);
    for (const r of d.refs || []) used.add(r);
  }
  let s = src.join('\n');
  const m = s.match(/import \{([^}]*)\} from '@nestjs\/swagger';/);
  const names = new Set(m[1].split(',').map((x) => x.trim()).filter(Boolean));
  for (const n of swagger) names.add(n);
  s = s.replace(m[0], `import { ${[...names].sort().join(', ')} } from '@nestjs/swagger';`);
  const ctxs = new Set([...used].map((r) => classes.get(r).ctx));
  // A controller that already imports a context's answers keeps that one import.
  const imps = [...ctxs].map((c) => `import * as ${c === ctxDir ? 'answers' : `${c}Answers`} from '${c === ctxDir ? '.' : `../${c}`}/${c}.responses';`).filter((i) => !s.includes(i));
  const last = [...s.matchAll(/^import [^;]*;$/gm)].pop();
  s = s.slice(0, last.index + last[0].length) + (imps.length ? `\n${imps.join('\n')}` : '') + s.slice(last.index + last[0].length);
  fs.writeFileSync(f, s);
}
process.stdout.write(`${classes.size} response classes, ${routeDecorations.filter((d) => d.text).length} routes declared\n`);
