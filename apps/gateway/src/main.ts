/**
 * The gateway process: `pnpm run portal` (node apps/gateway/dist/main.js). Configuration comes from
 * the environment (see config.ts); SIGTERM and SIGINT shut it down gracefully.
 */
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import { createGateway, type Gateway } from './server.js';

function configOrExit(): GatewayConfig {
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  let gateway: Gateway;
  try {
    gateway = await createGateway(config);
  } catch (err) {
    console.error('The gateway could not start:', err);
    process.exit(1);
  }
  const { app } = gateway;

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn(`${signal} received again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    app.log.info(`${signal} received: shutting down`);
    gateway.close().then(
      () => {
        app.log.info('shut down');
        process.exit(0);
      },
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  try {
    const url = await gateway.listen();
    app.log.info({ url, publicUrl: config.publicUrl }, `portal gateway listening on ${url}`);
  } catch (err) {
    app.log.fatal({ err }, 'could not listen');
    await gateway.close().catch(() => undefined);
    process.exit(1);
  }
}

await main();
