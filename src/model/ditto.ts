// A ditto cell: one that only points at its neighbour (同上, 〃 …), as merged or copied tables write
// it. The importer resolves it when it reads a table; lint reports it.

const DITTO = /^\s*(?:同上行?|同左|同前|同上栏|同上项|〃|″)\s*[。.；;]?\s*$/;

export function isDitto(value: string): boolean {
  return DITTO.test(value);
}
