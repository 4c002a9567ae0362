import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";

/**
 * Bearer-token check for every endpoint that writes or reads data. With no token configured the
 * endpoints are open (the laptop default; the collector binds 127.0.0.1 then). Hashing both sides
 * first makes the comparison constant-time whatever the lengths.
 */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const header = req.get("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (match && timingSafeEqual(digest(match[1]!.trim()), expected)) return next();
    res
      .status(401)
      .set("WWW-Authenticate", 'Bearer realm="llmscope"')
      .json({
        code: 16,
        message: match ? "invalid bearer token" : "missing Authorization: Bearer <token> header (LLMSCOPE_AUTH_TOKEN is set on the collector)",
      });
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
