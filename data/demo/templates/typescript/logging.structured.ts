// Reports what happened to each message as structured log records.
import pino from 'pino';

const logger = pino({ name: '{{service}}' });

export function reportFailure(messageId: string, err: Error): void {
  logger.error({ err, messageId }, 'delivery failed');
}

export function reportDone(messageId: string, millis: number): void {
  logger.info({ messageId, millis }, 'delivered');
}
