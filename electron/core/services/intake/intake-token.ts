/**
 * The intake API's bearer token, kept in `settings.intake.token`. It only lets a caller create
 * jobs, so it is a separate secret from the console's session token and can be handed to a
 * ticket system or a monitoring tool.
 */
import { randomBytes } from 'node:crypto';
import type { Settings } from '../../../../shared/schemas/settings';

/** A fresh token: 32 random bytes, base64url (fits `IntakeSettingsSchema.token` and a header). */
export function generateIntakeToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * `settings` with a token generated when intake is enabled without one (the first time the user
 * turns it on), so an enabled intake server never runs without a secret.
 */
export function withIntakeToken(settings: Settings, generate: () => string = generateIntakeToken): Settings {
  if (!settings.intake.enabled || settings.intake.token !== null) return settings;
  return { ...settings, intake: { ...settings.intake, token: generate() } };
}
