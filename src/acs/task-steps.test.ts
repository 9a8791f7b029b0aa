import { describe, expect, it } from 'vitest';
import { isSecretPath } from './task-steps.js';
describe('isSecretPath', () => {
  it('judges the last non-empty segment of the path', () => {
    expect(isSecretPath('Device.WiFi.AccessPoint.1.Security.KeyPassphrase')).toBe(true);
    expect(isSecretPath('Device.Users.User.2.Password')).toBe(true);
    expect(isSecretPath('Device.Users.User.2.Password.')).toBe(true);
    expect(isSecretPath('Device.X.PreSharedKey..')).toBe(true);
    expect(isSecretPath('Device.Password.Enable')).toBe(false);
    expect(isSecretPath('Device.Users.User.2.PasswordHint')).toBe(false);
    expect(isSecretPath('')).toBe(false);
    expect(isSecretPath('...')).toBe(false);
  });
});
