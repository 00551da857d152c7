/** The credentials the worker under test and the fake Lark share. */
export const WORKER_KEYS = {
  appId: 'cli_worker_test',
  appSecret: 'worker-test-app-secret',
  encryptKey: 'worker-test-encrypt-key',
  verificationToken: 'worker-test-verification-token',
  apiToken: 'worker-test-api-token',
};
