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
  /** Uploaded with the message; an embed shows one by naming it as its `image`. */
  files?: ReplyFile[];
  /** Instead of a message, a form for the user to fill in (its answer goes to a `ModalHandler`). */
  modal?: ReplyModal;
}

export interface ReplyModal {
  /** `kind:` and the state the form's handler needs, like a button's. */
  customId: string;
  title: string;
  inputs: ReplyInput[];
}

export interface ReplyInput {
  id: string;
  label: string;
  style: 'short' | 'paragraph';
  required: boolean;
  value?: string;
  placeholder?: string;
  maxLength: number;
}

export interface ReplyFile {
  name: string;
  data: Buffer;
  /** What the file shows, for readers who cannot see it (Discord's alt text). */
  description: string;
}

export interface ReplyEmbed {
  title?: string;
  description?: string;
  fields?: ReplyField[];
  footer?: string;
  color?: number;
  /** The name of one of the reply's files, shown large in the embed. */
  image?: string;
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
  barometer: 0x0072b2,
  sources: 0x975a16,
} as const;
