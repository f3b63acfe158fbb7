/**
 * Whether a key belongs to an input method's composition (Escape cancels it, Enter accepts it) rather
 * than to the field: keyCode 229 is how Safari and older Chrome say so.
 */
export const composing = (event: KeyboardEvent) => event.isComposing || event.keyCode === 229;
