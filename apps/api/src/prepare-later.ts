import { preparePasswordStrengthLater } from '@app/core';

// Imported first by main.ts, before the modules that would prepare the password estimator at load:
// the API prepares it after it listens (startup.ts, prepareAfterListen), off the path to readiness.
preparePasswordStrengthLater();
