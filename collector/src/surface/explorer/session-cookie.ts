import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";

export const COOKIE_NAME = "llmscope_session";

/**
 * Access for the explorer: the same token as /v1/*, sent either as `Authorization: Bearer` (CLI,
 * scripts) or as the session cookie the login endpoint sets. The cookie holds an HMAC of the token,
 * not the token itself, so a leaked cookie does not reveal the ingest credential; it is HttpOnly
 * (page scripts cannot read it) and SameSite=Strict (other sites cannot send it).
 */
export class ExplorerAccess {
  private readonly expected: Buffer | undefined;
  private readonly cookieValue: string | undefined;

  constructor(token: string | undefined) {
    this.expected = token ? digest(token) : undefined;
    this.cookieValue = token ? createHmac("sha256", token).update("llmscope explorer session").digest("hex") : undefined;
  }

  get required(): boolean {
    return this.expected !== undefined;
  }

  /** True when `candidate` is the configured token (constant-time). */
  accepts(candidate: string): boolean {
    return this.expected !== undefined && timingSafeEqual(digest(candidate), this.expected);
  }

  /** The Set-Cookie value after a successful login. */
  loginCookie(): string {
    return `${COOKIE_NAME}=${this.cookieValue ?? ""}; Path=/; HttpOnly; SameSite=Strict; Max-Age=604800`;
  }

  static logoutCookie(): string {
    return `${COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      if (!this.required) return next();
      const bearer = /^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "");
      if (bearer && this.accepts(bearer[1]!.trim())) return next();
      const cookie = readCookie(req.get("cookie") ?? "", COOKIE_NAME);
      if (cookie !== undefined && timingSafeEqual(digest(cookie), digest(this.cookieValue!))) return next();
      res
        .status(401)
        .json({ error: "this collector requires its token (LLMSCOPE_AUTH_TOKEN): log in at / or send Authorization: Bearer <token>", login: true });
    };
  }
}

function readCookie(header: string, name: string): string | undefined {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
