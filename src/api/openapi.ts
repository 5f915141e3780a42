/**
 * The OpenAPI 3.1 document of the feed, generated from the zod schemas in contract.ts so the two cannot
 * drift. scripts/write-openapi.ts writes it to openapi/openapi.json; a test checks the committed file is
 * current and that mock responses validate against it.
 */
import * as z from 'zod/mini';
import './common/schema.ts';
import { ENDPOINTS } from './contract.ts';

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

export const FEED_API_VERSION = '1.0.0';

/** The component name of a response schema: its id in `z.globalRegistry`. */
function schemaId(schema: z.ZodMiniType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id)
    throw new Error(
      'Every response schema needs an id in z.globalRegistry to be named in the OpenAPI document',
    );
  return id;
}

export function buildOpenApiDocument(): JsonSchema {
  // Registered schemas (those with an id) become components that reference one another by URI.
  const registered = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas as Record<string, JsonSchema>;
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(registered).sort(([a], [b]) => a.localeCompare(b))) {
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    schemas[id] = rest;
  }
  const paths: Record<string, JsonSchema> = {};
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });

  for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
    const responseName = schemaId(endpoint.response);
    const parameters = Object.entries(endpoint.query.shape).map(([param, schema]) => {
      const field = schema as z.ZodMiniType;
      const description = z.globalRegistry.get(field)?.description;
      return {
        name: param,
        in: 'query',
        required: !field.safeParse(undefined).success,
        ...(description ? { description } : {}),
        schema: toJsonSchema(field, 'input'),
      };
    });
    paths[endpoint.path] = {
      get: {
        operationId: `get${name.charAt(0).toUpperCase()}${name.slice(1)}`,
        summary: endpoint.summary,
        parameters,
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${responseName}` } } },
          },
          '400': problem('A query parameter is missing or invalid; `detail` names it'),
          '404': problem('No such indicator, or no data for that period, frequency or scope'),
          '503': problem('The feed is temporarily unavailable; retry later'),
        },
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Điều hành feed API',
      version: FEED_API_VERSION,
      description:
        'National reporting feeds read by the Điều hành dashboard: indicators by province and ministry, ' +
        'with both territorial eras (63 former units until 30/06/2025, 34 since 01/07/2025). All endpoints ' +
        'are GET, return JSON, and report errors as RFC 9457 problem documents.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/api/v1', description: 'Relative to the dashboard; set apiBaseUrl in config.json' }],
    paths,
    components: { schemas },
  };
}
