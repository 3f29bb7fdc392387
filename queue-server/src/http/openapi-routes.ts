import express, { type Router } from 'express';
import type { RestDeps } from './rest-deps';
import { openApiDocument } from './openapi-document';

/** `GET /api/v1/openapi.json`: the bare OpenAPI document (not an envelope), as tools expect. */
export const openApiRoutes = ({ version }: RestDeps): Router => {
  const router = express.Router();
  let document: unknown = null;
  router.get('/openapi.json', (_request, response) => {
    document ??= openApiDocument(version);
    response.json(document);
  });
  return router;
};
