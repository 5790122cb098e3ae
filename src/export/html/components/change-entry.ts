// Params of components/change-entry: one added, changed, renamed or removed item on the changelog
// page, field by field with the official column names.
export interface ChangeEntryView {
  /** The entry's id on the changes page (change-<item id>): the item's 本次更新 label links here. */
  anchor: string;
  name: string;
  /** The item on its domain page, or null for a removed item. */
  href: string | null;
  domainName: string;
  id: string;
  /** A renamed item's former id, else null. */
  from: string | null;
  columns: { field: string; before: string; after: string };
  fields: { label: string; before: string; after: string }[];
}
