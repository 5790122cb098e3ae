// Params of components/breadcrumbs: the links above the current page, and the page's own name.
export interface BreadcrumbsView {
  links: { text: string; href: string }[];
  current: string;
}
