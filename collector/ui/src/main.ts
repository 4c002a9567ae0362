import { getJson, login, LoginRequired, logout, type ExplorerConfig } from "./api.js";
import { clear, h } from "./dom.js";
import { currentRoute } from "./route.js";
import { sessionPage } from "./session-page.js";
import { tracePage } from "./trace-page.js";
import { tracesPage } from "./traces-page.js";

const app = document.getElementById("app")!;
let config: ExplorerConfig = { auth_required: false, grafana_url: null };
let rendering = 0;

async function render(): Promise<void> {
  const ticket = ++rendering;
  const route = currentRoute();
  document.body.dataset.page = route.page;
  document.body.dataset.state = "loading";
  let view: HTMLElement;
  try {
    view =
      route.page === "trace"
        ? await tracePage(route.traceId, route.params, config.grafana_url)
        : route.page === "session"
          ? await sessionPage(route.sessionId)
          : await tracesPage(route.params);
  } catch (err) {
    view =
      err instanceof LoginRequired
        ? loginForm()
        : h("main", { class: "error-page" }, h("p", { class: "error", role: "alert" }, (err as Error).message), h("a", { href: "#/traces" }, "← Traces"));
    if (err instanceof LoginRequired) document.body.dataset.page = "login";
  }
  // A slower, older navigation must not replace a newer one.
  if (ticket !== rendering) return;
  clear(app);
  app.appendChild(view);
  document.body.dataset.state = "ready";
}

function loginForm(): HTMLElement {
  const input = h("input", { type: "password", name: "token", id: "token", autocomplete: "current-password", required: true });
  const message = h("p", { class: "error", role: "alert" });
  const form = h(
    "form",
    { class: "login", id: "login" },
    h("h1", {}, "This collector is protected"),
    h(
      "p",
      {},
      "Enter the collector's token (LLMSCOPE_AUTH_TOKEN). It is checked by the collector, which then keeps you signed in with an HttpOnly cookie; the page never stores it.",
    ),
    h("label", { for: "token" }, "Token"),
    input,
    h("button", { type: "submit" }, "Sign in"),
    message,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void login(input.value).then((error) => {
      if (error) message.textContent = error;
      else void render();
    });
  });
  return form;
}

function chrome(): void {
  const signOut = h("button", { type: "button", class: "link", id: "logout", hidden: !config.auth_required }, "Sign out");
  signOut.addEventListener("click", () => void logout().then(render));
  const header = h(
    "header",
    { class: "top" },
    h("a", { href: "#/traces", class: "brand" }, "llmscope"),
    h("span", { class: "subtitle" }, "trace explorer"),
    signOut,
  );
  document.body.insertBefore(header, app);
}

async function start(): Promise<void> {
  config = await getJson<ExplorerConfig>("/api/config");
  chrome();
  window.addEventListener("hashchange", () => void render());
  await render();
}

void start();
