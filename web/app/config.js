/**
 * The deployment's settings from /config.json (written by the local runtime at start, or by the deployment):
 * { cognitoEndpoint, userPoolClientId, region, bankIdSimulatorUrl }. Read once; null when absent or unusable.
 */
let loaded;

export function loadConfig() {
  loaded ??= fetch('/config.json', { cache: 'no-store', credentials: 'omit' })
    .then((response) => (response.ok ? response.json() : null))
    .then((config) => (config && typeof config === 'object' ? config : null))
    .catch(() => null);
  return loaded;
}

/** The Cognito endpoint to call: the configured one, or AWS's regional endpoint. */
export function cognitoEndpoint(config) {
  if (config?.cognitoEndpoint) return config.cognitoEndpoint;
  return config?.region ? `https://cognito-idp.${config.region}.amazonaws.com/` : null;
}

/** True when sign-in can work: a user pool client and somewhere to send the requests. */
export function canSignIn(config) {
  return Boolean(config?.userPoolClientId && cognitoEndpoint(config));
}
