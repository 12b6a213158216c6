/**
 * @module
 * Secrets are not in wrangler.toml, so `wrangler types` does not see them; declaring them here
 * gives `Env` each one as an optional string (a door whose secret is unset answers 503).
 * See `.dev.vars.example`.
 */
declare namespace Cloudflare {
  interface Env {
    /** Bearer key for /v1 (optional: when unset, /v1 is open). */
    OPENAI_API_KEY?: string
    /** Slack app signing secret (Basic Information → App Credentials). */
    SLACK_SIGNING_SECRET?: string
    /** Discord application public key, hex (General Information). */
    DISCORD_PUBLIC_KEY?: string
    /** The secret_token given to Telegram's setWebhook. */
    TELEGRAM_WEBHOOK_SECRET?: string
  }
}
