import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Router, type Response } from "express";

/** The built UI: static/ (page, styles) and dist/ (compiled scripts), both inside the collector package. */
export const UI_DIR = path.resolve(__dirname, "../../../ui");

/**
 * Nothing on the page is loaded from elsewhere and no inline script or style runs: the policy
 * allows this origin's files and its API only, so a span's content can never execute even if
 * some rendering path went wrong.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function secure(res: Response): Response {
  return res
    .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    .set("X-Content-Type-Options", "nosniff")
    .set("Referrer-Policy", "no-referrer")
    .set("X-Frame-Options", "DENY")
    .set("Cache-Control", "no-cache");
}

/**
 * Serves the explorer page at `/` and its files under /ui/. Only the files present at start-up are
 * served, by exact name: no path from a URL ever reaches the file system.
 */
export function createExplorerPageRouter(): Router {
  const router = Router();
  const staticDir = path.join(UI_DIR, "static");
  const scriptDir = path.join(UI_DIR, "dist");
  const files = new Map<string, string>();
  for (const [dir, pattern] of [
    [staticDir, /^[a-z-]+\.(css|svg)$/],
    [scriptDir, /^[a-z-]+\.js$/],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (pattern.test(name)) files.set(name, path.join(dir, name));
  }
  const index = path.join(staticDir, "index.html");

  router.get("/", (_req, res) => {
    if (!existsSync(index) || !files.has("main.js")) {
      return void res.status(503).type("text/plain").send("The explorer UI is not built: run `npm run build` in the llmscope checkout.\n");
    }
    secure(res).sendFile(index);
  });
  router.get("/ui/:file", (req, res, next) => {
    const file = files.get(req.params.file);
    if (!file) return next();
    secure(res).sendFile(file);
  });
  return router;
}
