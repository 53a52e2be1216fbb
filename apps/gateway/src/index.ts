export { createGateway, requestIdFrom, REQUEST_ID_HEADER, type Gateway, type GatewayContext, type GatewayOptions } from './server.js';
export { loadConfig, ConfigError, LOG_LEVELS, type GatewayConfig, type ConfigIssue, type LogLevel } from './config.js';
export { buildPortalSchema, API_VERSION } from './schema.js';
export { operationCost } from './cost-limit.js';
export { DOCUMENT_LIMITS } from './limits.js';
export { OPEN_BEFORE_TERMS, OPEN_BEFORE_SECOND_FACTOR } from './terms-gate.js';
export { connectDomains } from './compositions/ports.js';
export { startJobs, QUEUES, type Jobs, type JobsOptions } from './jobs.js';
