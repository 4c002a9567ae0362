# The llmscope collector image (docker-compose's `collector` and `demo` services).
#   docker build -t llmscope-collector:local .        (or: docker compose build)
# Needs only the npm registry: dependencies come from package-lock.json (npm ci), TypeScript is
# compiled in the build stage, and the runtime stage keeps production dependencies only.
# chdb (the embedded store) is a runtime dependency of the collector and brings its prebuilt engine
# for linux/glibc, hence a Debian (not Alpine) base; with LLMSCOPE_CLICKHOUSE_URL set it stays unused.

FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY semconv/package.json semconv/
COPY instrumentation/package.json instrumentation/
COPY queries/package.json queries/
COPY detectors/package.json detectors/
COPY collector/package.json collector/
COPY tools/package.json tools/
COPY dashboards/package.json dashboards/
# --ignore-scripts: the root `prepare` would build before the sources are copied.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY semconv semconv
COPY instrumentation instrumentation
COPY queries queries
COPY detectors detectors
COPY collector collector
COPY tools tools
RUN npx tsc -b semconv instrumentation queries detectors collector collector/ui tools \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20.19-bookworm-slim
ENV NODE_ENV=production \
    LLMSCOPE_HOST=0.0.0.0 \
    LLMSCOPE_PORT=4318 \
    LLMSCOPE_DATA_DIR=/var/lib/llmscope
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /var/lib/llmscope && chown node:node /var/lib/llmscope
USER node
EXPOSE 4318
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4318/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "collector/bin/llmscope.js"]
CMD ["start"]
