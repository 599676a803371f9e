// Delivers one message through its channel, inside a span that records failures.
import { SpanStatusCode, trace } from '@opentelemetry/api';

export interface Message {
  id: string;
  channel: string;
  body: string;
}

const tracer = trace.getTracer('{{service}}');

export async function deliver(message: Message, send: (m: Message) => Promise<void>): Promise<void> {
  const span = tracer.startSpan('deliver');
  span.setAttribute('channel', message.channel);
  try {
    await send(message);
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw err;
  } finally {
    span.end();
  }
}
