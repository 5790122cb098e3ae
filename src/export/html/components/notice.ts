// Params of components/notice: a short notice with a link, e.g. the changes of this publication on
// the index and domain pages.
export interface NoticeView {
  text: string;
  linkText: string;
  href: string;
}
