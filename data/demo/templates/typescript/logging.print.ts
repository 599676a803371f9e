// Reports what happened to each message.
export function reportFailure(messageId: string, err: Error): void {
  console.log('delivery of ' + messageId + ' failed: ' + err.message);
}

export function reportDone(messageId: string, millis: number): void {
  console.log(`delivered ${messageId} in ${millis} ms`);
}
