// One line of an order or a cart, as logged by hand or imported (imports/types.ts: ImportItem).
export type EventItem = { name: string; quantity: number };

// The items of an order or cart written in one cell: "2× Tasse, 1× T-shirt, taille M" (the
// corpus), "Mug x 2; Tote bag", one per line, or WooCommerce's pipe-delimited line items
// ("name:Mug|quantity:2|…;name:…"). A comma alone never splits: product names contain commas.

// "2× Mug", "2 x Mug", "2 * Mug" (not "2x4 lumber"); "Mug × 2", "Mug x2" (not "Model X2").
const leadingQuantity = /^(\d{1,4})(?:\s*[×*]\s*|\s+[xX]\s+|[xX]\s+)(.+)$/u;
const trailingQuantity = /^(.+?)(?:\s*[×*]\s*|\s+x\s*)(\d{1,4})$/u;
// A comma followed by the next "3× …": the only comma that separates items.
const itemBoundary = /\s*,\s*(?=\d{1,4}\s*[×*xX]\s)|\s*[;\n|]\s*/u;

const quantified = (text: string): EventItem => {
  const lead = leadingQuantity.exec(text);
  if (lead) return { name: lead[2]!.trim(), quantity: Number(lead[1]) };
  const trail = trailingQuantity.exec(text);
  if (trail) return { name: trail[1]!.trim(), quantity: Number(trail[2]) };
  return { name: text.trim(), quantity: 1 };
};

const wooItems = (text: string): EventItem[] =>
  text.split(/;(?=\s*(?:id|name):)/).flatMap((entry) => {
    const fields = new Map(entry.split('|').map((pair) => [pair.slice(0, pair.indexOf(':')).trim(), pair.slice(pair.indexOf(':') + 1)]));
    const name = fields.get('name')?.trim();
    if (!name) return [];
    const quantity = Number(fields.get('quantity') ?? '1');
    return [{ name, quantity: Number.isInteger(quantity) && quantity > 0 ? quantity : 1 }];
  });

export const parseItems = (text: string): EventItem[] => {
  const value = text.trim();
  if (!value) return [];
  if (/(^|\|)name:/.test(value) && /\|(quantity|qty):/.test(value)) return wooItems(value);
  return value
    .split(itemBoundary)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(quantified);
};

// Items that are the same product are one line with their quantities added.
export const mergeItems = (into: EventItem[], items: readonly EventItem[]): void => {
  for (const item of items) {
    const same = into.find((existing) => existing.name === item.name);
    if (same) same.quantity += item.quantity;
    else into.push({ ...item });
  }
};
