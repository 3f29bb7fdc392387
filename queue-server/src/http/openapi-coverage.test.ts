import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument, operations } from './openapi-document';

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Routers mounted outside `/api/v1`: the citizen's phone page and the hosted apps. */
const outsideApi = new Set(['http/ticket-page.ts', 'http/static-apps.ts']);

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });

type Registered = { routes: string[]; unreadable: string[] };

/**
 * Every `router.<method>(path, ...)` in the server's sources, as `method /path/{param}`. A path
 * built from a template is expanded over the `action('<name>', ...)` calls of the same file
 * (counter actions, dossier actions); any other non-literal path is reported as unreadable, so
 * a new kind of registration makes this test fail rather than go unchecked.
 */
const registeredRoutes = (): Registered => {
  const routes: string[] = [];
  const unreadable: string[] = [];
  sourceFiles(sourceRoot).forEach((file) => {
    const relative = path.relative(sourceRoot, file).split(path.sep).join('/');
    if (outsideApi.has(relative)) return;
    const text = readFileSync(file, 'utf8');
    const actions = [...text.matchAll(/\baction\(\s*'([^']+)'/g)].map((match) => match[1] ?? '');
    for (const match of text.matchAll(/\brouter\.(get|post|put|delete)\(\s*(\S)/g)) {
      const method = match[1] ?? '';
      const rest = text.slice((match.index ?? 0) + match[0].length - 1);
      const literal = /^(['`])([^'`]*)\1/.exec(rest);
      const raw = literal?.[2];
      if (raw === undefined) {
        unreadable.push(`${relative}: router.${method}(${rest.slice(0, 40)}`);
        continue;
      }
      const templated = /\$\{\w+\}/.test(raw);
      if (templated && actions.length === 0) {
        unreadable.push(`${relative}: router.${method}(\`${raw}\`) without action('...') calls`);
        continue;
      }
      const paths = templated ? actions.map((name) => raw.replace(/\$\{\w+\}/, name)) : [raw];
      paths.forEach((route) => routes.push(`${method} ${route.replace(/:(\w+)/g, '{$1}')}`));
    }
  });
  return { routes, unreadable };
};

const documentSchema = z.object({
  paths: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({
        parameters: z
          .array(z.object({ name: z.string(), in: z.string(), required: z.boolean() }))
          .optional(),
        responses: z.record(
          z.string(),
          z.object({ content: z.record(z.string(), z.unknown()).optional() }),
        ),
      }),
    ),
  ),
});

describe('the OpenAPI document', () => {
  const document = openApiDocument('test');

  it('documents every registered v1 route, and only those', () => {
    const { routes, unreadable } = registeredRoutes();
    expect(unreadable).toEqual([]);
    // Sanity: the scan found the routers at all (a moved folder would make this vacuous).
    expect(routes).toContain('post /counters/{counterId}/call-next');
    expect(routes).toContain('post /dossiers/{code}/processed');
    const registered = [...new Set(routes)].sort();
    const documented = operations.map((operation) => `${operation.method} ${operation.path}`);
    expect(documented.length, 'an operation listed twice').toBe(new Set(documented).size);
    expect([...documented].sort()).toEqual(registered);
  });

  it('lists the same operations in its paths', () => {
    const { paths } = documentSchema.parse(document);
    const listed = Object.entries(paths).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method} ${route}`),
    );
    expect(listed.sort()).toEqual(
      operations.map((operation) => `${operation.method} ${operation.path}`).sort(),
    );
  });

  it('declares the query parameters of each operation that reads a query', () => {
    const { paths } = documentSchema.parse(document);
    const withQuery = operations.filter((operation) => operation.query);
    expect(withQuery.length).toBeGreaterThan(0);
    withQuery.forEach((operation) => {
      const shape = operation.query?.shape ?? {};
      const declared = (paths[operation.path]?.[operation.method]?.parameters ?? []).filter(
        (parameter) => parameter.in === 'query',
      );
      const label = `${operation.method} ${operation.path}`;
      expect(declared.map((parameter) => parameter.name).sort(), label).toEqual(
        Object.keys(shape).sort(),
      );
      declared.forEach((parameter) => {
        const field = shape[parameter.name];
        expect(parameter.required, `${label} ?${parameter.name}`).toBe(
          field !== undefined && !field.safeParse(undefined).success,
        );
      });
    });
    // `/reports` without `from` and `to` is refused: the document says they are required.
    expect(
      paths['/reports']?.get?.parameters?.filter((parameter) => parameter.required),
    ).toMatchObject([{ name: 'from' }, { name: 'to' }]);
  });

  it('describes file and image answers by their media types, errors as JSON', () => {
    const { paths } = documentSchema.parse(document);
    const exported = paths['/reports/export']?.get?.responses;
    expect(Object.keys(exported?.['200']?.content ?? {}).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv; charset=utf-8',
    ]);
    expect(Object.keys(exported?.default?.content ?? {})).toEqual(['application/json']);
    expect(
      Object.keys(paths['/print-jobs/{jobId}/preview.png']?.get?.responses['200']?.content ?? {}),
    ).toEqual(['image/png']);
  });

  it('is plain JSON, with no reference left dangling', () => {
    const text = JSON.stringify(document);
    expect(JSON.parse(text)).toEqual(document);
    // Each schema is embedded inline: a `#/...` reference would resolve against the document.
    expect(text).not.toMatch(/"\$ref":"#/);
  });
});
