/** A hedge before the question word ("Roughly how many …", "Ungefär hur många …") does not change what it asks. */
const OPENING_HEDGE = /^(?:roughly|approximately|about|around|exactly|precisely|so|and|but|ungefär|cirka|exakt|och|men)\s+(?=(?:how|hur|what|vad|who|vem|where|var|why|varför|when|när)\b)/iu;

export const withoutOpeningHedge = (question: string): string => question.replace(/^[^\p{L}]+/u, '').replace(OPENING_HEDGE, '');
