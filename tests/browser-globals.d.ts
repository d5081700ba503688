// Browser tests run in Mocha under web-test-runner: describe, it and the hooks are globals there.
/// <reference types="mocha" />
