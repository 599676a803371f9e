// Reports the outcome of each search request as structured log records.
import pino from 'pino';

const logger = pino({ name: '{{service}}' });

export function reportFailure(query, err) {
  logger.error({ err, query }, 'search failed');
}

export function reportDone(query, millis) {
  logger.info({ query, millis }, 'search done');
}
