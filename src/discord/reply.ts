/**
 * What a handler answers, free of any platform: the Discord adapter turns it into a
 * message payload, the local console into text. Text is plain; renderers escape it.
 */
export interface Reply {
  content?: string;
  embeds?: ReplyEmbed[];
  buttons?: ReplyButton[];
  /** Seen only by the user who asked. */
  ephemeral?: boolean;
}

export interface ReplyEmbed {
  title?: string;
  description?: string;
  fields?: ReplyField[];
  footer?: string;
  color?: number;
}

export interface ReplyField {
  name: string;
  value: string;
  inline?: boolean;
}

/** A button shows a label, an emoji or both. */
export interface ReplyButton {
  customId: string;
  label?: string;
  emoji?: string;
  style: 'primary' | 'secondary' | 'success' | 'danger';
  disabled?: boolean;
}

/** What a button press produces: a new message, or a new state of the message it sits on. */
export interface ButtonResult {
  reply: Reply;
  updatesMessage: boolean;
}

export const colors = {
  answer: 0x2b6cb0,
  abstain: 0x718096,
  event: 0x2f855a,
  timeline: 0x6b46c1,
  sources: 0x975a16,
} as const;
