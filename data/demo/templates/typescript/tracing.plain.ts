// Delivers one message through its channel.
export interface Message {
  id: string;
  channel: string;
  body: string;
}

export async function deliver(message: Message, send: (m: Message) => Promise<void>): Promise<void> {
  await send(message);
}
