import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import {
  CloseCode,
  type Context,
  handleProtocols,
  makeServer,
  type Server as GraphQLWsServer,
  type SubscribePayload,
} from 'graphql-ws';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import type { Application } from 'express';
import type { AppConfig } from '@app/core';
import { ClusterMembership } from '@app/database';
import { Metrics } from '@app/metrics';
import { clientAddress, type ProxyTrust } from '../http/client-address';
import { BODY_LIMIT_BYTES } from '../http/http-hardening';
import { SERVED_BY } from '../http/served-by';
import { type GraphQLRules, graphqlRules } from './graphql-rules';

export const SUBSCRIPTIONS_ONLY =
  'This WebSocket carries subscriptions only; send queries and mutations over HTTP (POST /graphql).';

/** Close code for an idle socket: a normal closure, which graphql-ws clients reopen when they need it. */
const IDLE_CLOSE = 1000;

/** Close code when the server shuts down ("going away"): clients reconnect, to another process. */
const GOING_AWAY = 1001;

/** How long a client has to answer the closing handshake before its socket is cut. */
const GOING_AWAY_GRACE_MS = 3_000;

/** Subscriptions one socket may run at once (the web client runs two at most). */
export const SUBSCRIPTIONS_PER_SOCKET = 20;

/** A ping this often; a socket that has not answered the previous one by then is dropped. */
const KEEP_ALIVE_MS = 12_000;

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
  /** The client's address, through the trusted proxies (TRUST_PROXY), as req.ip over HTTP. */
  address: string;
}

type SocketContext = Context<Record<string, unknown> | undefined, Extra>;

/** An error of the client's request with Apollo's code, as Apollo wraps parse and validation errors. */
function requestError(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError ?? error,
    extensions: { ...error.extensions, code },
  });
}

/**
 * What Apollo does with an operation over HTTP, for one graphql-ws `subscribe` message: parse
 * with the token limit, validate with the same rules, run the same checks and coerce the
 * variables; and, the transport's own rule, run subscriptions only. Returns the arguments to
 * execute, or the errors to answer this operation with (the socket and its other subscriptions
 * stay).
 */
export function prepareSubscription(
  rules: GraphQLRules,
  schema: GraphQLSchema,
  payload: SubscribePayload,
): ExecutionArgs | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, rules.parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError) return [requestError(error, 'GRAPHQL_PARSE_FAILED')];
    throw error;
  }
  const validationErrors = validate(schema, document, [
    ...specifiedRules,
    ...(rules.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ...rules.validationRules,
  ]);
  if (validationErrors.length > 0) {
    return validationErrors.map((error) => requestError(error, 'GRAPHQL_VALIDATION_FAILED'));
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) {
    return [
      new GraphQLError('Unable to identify the operation to run: name it with operationName.', {
        extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
      }),
    ];
  }
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [new GraphQLError(SUBSCRIPTIONS_ONLY, { extensions: { code: 'BAD_REQUEST' } })];
  }
  const variables = payload.variables ?? {};
  for (const check of rules.operationChecks) {
    const error = check({ schema, document, variables });
    if (error !== undefined) return [error];
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 10,
  });
  if (coerced.errors !== undefined) {
    return coerced.errors.map((error) => requestError(error, 'BAD_USER_INPUT'));
  }
  return { schema, document, operationName: payload.operationName, variableValues: variables };
}

/**
 * Subscriptions see a request-like object with the access token from
 * `connectionParams.authorization` ("Bearer <token>", as the HTTP header), so the same guards apply.
 */
function subscriptionContext(ctx: SocketContext): { req: unknown } {
  const authorization = ctx.connectionParams?.authorization;
  const headers: Record<string, string> = {};
  if (typeof authorization === 'string') headers.authorization = authorization;
  const language = ctx.extra.request.headers['accept-language'];
  if (language !== undefined) headers['accept-language'] = language;
  return { req: { headers, ip: ctx.extra.address } };
}

/** Answers an upgrade request with an HTTP error instead of a WebSocket. */
function refuseUpgrade(socket: Duplex, status: string, headers: string[] = []): void {
  socket.end(
    [`HTTP/1.1 ${status}`, 'Connection: close', 'Content-Length: 0', ...headers, '', ''].join('\r\n'),
  );
}

/**
 * graphql-ws on `/graphql`, with the rules of every other transport (`graphqlRules`) and limits of
 * its own: a message is at most as large as an HTTP body, one address holds at most
 * `WS_SOCKETS_PER_IP` sockets, and a socket that runs no subscription for `WS_IDLE_SECONDS` is
 * closed.
 */
@Injectable()
export class GraphQLWebSocket implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GraphQLWebSocket.name);
  private readonly socketsPerAddress = new Map<string, number>();
  private readonly contexts = new WeakMap<WebSocket, SocketContext>();
  private readonly sockets = new WebSocketServer({
    noServer: true,
    maxPayload: BODY_LIMIT_BYTES,
    handleProtocols,
  });
  private httpServer?: Server;
  private onUpgrade?: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly metrics: Metrics,
    private readonly membership: ClusterMembership,
  ) {}

  onApplicationBootstrap(): void {
    // The CLI runs the application without an HTTP server.
    const httpAdapter = this.adapterHost.httpAdapter as HttpAdapterHost['httpAdapter'] | null;
    if (httpAdapter === null) return;
    const httpServer = httpAdapter.getHttpServer() as Server;
    // Express compiles TRUST_PROXY into this function (bootstrap.ts sets it).
    const trust = httpAdapter.getInstance<Application>().get('trust proxy fn') as ProxyTrust;
    if (this.config.get('SERVED_BY_HEADER', { infer: true })) {
      const servedBy = `${SERVED_BY}: ${this.membership.instanceId}`;
      this.sockets.on('headers', (headers) => headers.push(servedBy));
    }
    const rules = graphqlRules({ production: this.config.get('NODE_ENV', { infer: true }) === 'production' });
    const schema = this.schemaHost.schema;
    const format = (errors: readonly GraphQLError[]) => {
      const formatted = errors.map((error) => rules.formatError(error.toJSON(), error));
      this.metrics.countGraphQLErrors(formatted.map((error) => error.extensions?.code));
      return formatted;
    };
    const graphqlWs = makeServer<Record<string, unknown> | undefined, Extra>({
      schema,
      context: subscriptionContext,
      onConnect: (ctx) => {
        this.contexts.set(ctx.extra.socket, ctx);
      },
      onSubscribe: (ctx, _id, payload) =>
        // This one is already counted.
        Object.keys(ctx.subscriptions).length > SUBSCRIPTIONS_PER_SOCKET
          ? [
              new GraphQLError(`At most ${SUBSCRIPTIONS_PER_SOCKET} subscriptions may run on one socket.`, {
                extensions: { code: 'TOO_MANY_REQUESTS' },
              }),
            ]
          : prepareSubscription(rules, schema, payload),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : result,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    });
    this.onUpgrade = (request, socket, head) =>
      this.upgrade(graphqlWs, request, socket, head, clientAddress(request, trust));
    this.httpServer = httpServer;
    httpServer.on('upgrade', this.onUpgrade);
  }

  /**
   * Refuses new sockets and closes the open ones with 1001 ("going away"); resolves once they
   * are closed. For a shutdown, which calls it before the HTTP connections drain.
   */
  async goAway(): Promise<void> {
    if (this.onUpgrade !== undefined) this.httpServer?.off('upgrade', this.onUpgrade);
    for (const ws of this.sockets.clients) ws.close(GOING_AWAY, 'Going away');
    const cut = setTimeout(() => {
      for (const ws of this.sockets.clients) ws.terminate();
    }, GOING_AWAY_GRACE_MS);
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    clearTimeout(cut);
  }

  onModuleDestroy(): Promise<void> {
    return this.goAway();
  }

  private upgrade(
    graphqlWs: GraphQLWsServer<Extra>,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    address: string,
  ): void {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      refuseUpgrade(socket, '404 Not Found');
      return;
    }
    const open = this.socketsPerAddress.get(address) ?? 0;
    if (open >= this.config.get('WS_SOCKETS_PER_IP', { infer: true })) {
      refuseUpgrade(socket, '429 Too Many Requests', ['Retry-After: 60']);
      return;
    }
    // Counted from the upgrade request to the end of the connection, whether or not it upgrades.
    this.socketsPerAddress.set(address, open + 1);
    socket.once('close', () => {
      const left = (this.socketsPerAddress.get(address) ?? 1) - 1;
      if (left > 0) this.socketsPerAddress.set(address, left);
      else this.socketsPerAddress.delete(address);
    });
    this.sockets.handleUpgrade(request, socket, head, (ws) => this.serve(graphqlWs, ws, request, address));
  }

  /** Hands the socket's messages to graphql-ws, and keeps the socket only while it is alive and in use. */
  private serve(
    graphqlWs: GraphQLWsServer<Extra>,
    ws: WebSocket,
    request: IncomingMessage,
    address: string,
  ): void {
    this.metrics.webSocketOpened();
    const closed = graphqlWs.opened(
      {
        protocol: ws.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (ws.readyState === ws.OPEN) {
              ws.send(data, (error) => (error ? reject(error) : resolve()));
            } else {
              resolve();
            }
          }),
        close: (code, reason) => ws.close(code, reason),
        onMessage: (handle) =>
          ws.on('message', (data: RawData) => {
            // A Buffer: the socket's binaryType is ws's default, 'nodebuffer'.
            handle((data as Buffer).toString()).catch((error: unknown) => {
              this.logger.error({ err: error }, 'GraphQL WebSocket message failed');
              ws.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket: ws, request, address },
    );
    // ws emits errors for the client's protocol mistakes only (a message over maxPayload, bad
    // framing), after closing the socket with the matching code (1009, 1002).
    ws.on('error', (error) => this.logger.debug(`WebSocket closed after a client error: ${error.message}`));
    let answered = true;
    ws.on('pong', () => (answered = true));
    const keepAlive = setInterval(() => {
      if (answered) {
        answered = false;
        ws.ping();
      } else {
        ws.terminate();
      }
    }, KEEP_ALIVE_MS);
    const idle = setTimeout(
      () => {
        const running = Object.keys(this.contexts.get(ws)?.subscriptions ?? {}).length;
        if (running > 0) idle.refresh();
        else ws.close(IDLE_CLOSE, 'Idle');
      },
      this.config.get('WS_IDLE_SECONDS', { infer: true }) * 1000,
    );
    ws.on('message', () => idle.refresh());
    ws.once('close', (code, reason) => {
      this.metrics.webSocketClosed();
      clearInterval(keepAlive);
      clearTimeout(idle);
      void closed(code, reason.toString());
    });
  }
}
