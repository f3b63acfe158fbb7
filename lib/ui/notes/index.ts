/** A person's notes as list items, for every surface that shows them next to an entity. */
export { NoteItems, type NoteItem, type NoteItemClasses, type NoteItemsProps } from './NoteItems';
