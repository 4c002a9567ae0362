export { ConfigError, loadConfig } from "./load";
export { ConfigSchema, type Config } from "./schema";
export { ENV_VARS } from "./env-vars";
export { storeConfigOf } from "./store-config";
