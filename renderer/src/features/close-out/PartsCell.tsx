import { formatMinor, parseMoneyEntry } from '../../../../shared/domain/money-entry';
import { partAmountMinor } from '../../../../shared/domain/visits';
import type { Part } from '../../../../shared/schemas/visit';
import { emptyPart, withDescription } from './close-out-model';
import type { PartDraft } from './close-out-model';

type Props = {
  lines: PartDraft[];
  stock: readonly Part[];
  /** The datalist of stocked part names the description fields suggest from. */
  listId: string;
  /** `J-1042`, for the fields' names. */
  jobNumber: string;
  disabled: boolean;
  error: string | undefined;
  errorId: string;
  onChange: (lines: PartDraft[]) => void;
};

/** The sum of the lines that read as numbers, in minor units (the rest are still being typed). */
function totalMinor(lines: readonly PartDraft[]): number {
  let total = 0;
  for (const line of lines) {
    const price = parseMoneyEntry(line.price);
    const quantity = Number(line.quantity.replace(',', '.'));
    if (price.ok && quantity > 0) total += partAmountMinor({ quantity, unitPriceMinor: price.minor });
  }
  return total;
}

/**
 * Parts used on one visit: each line a part (typed or picked from the parts list, which brings
 * its price) or free text with a price, and a quantity. Shows the lines' total.
 */
export function PartsCell({ lines, stock, listId, jobNumber, disabled, error, errorId, onChange }: Props) {
  const set = (i: number, line: PartDraft) => onChange(lines.map((l, k) => (k === i ? line : l)));
  return (
    <div className="close-out-parts">
      {lines.map((line, i) => (
        <div className="close-out-parts__line" key={i}>
          <input
            className="close-out-parts__name"
            list={listId}
            value={line.description}
            disabled={disabled}
            aria-label={`Part ${i + 1}, ${jobNumber}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => set(i, withDescription(line, e.target.value, stock))}
          />
          <input
            className="close-out-parts__qty"
            inputMode="decimal"
            value={line.quantity}
            disabled={disabled}
            aria-label={`Quantity of part ${i + 1}, ${jobNumber}`}
            onChange={(e) => set(i, { ...line, quantity: e.target.value })}
          />
          <input
            className="close-out-parts__price"
            inputMode="decimal"
            value={line.price}
            disabled={disabled}
            aria-label={`Unit price of part ${i + 1}, ${jobNumber}`}
            onChange={(e) => set(i, { ...line, price: e.target.value })}
          />
          <button type="button" className="button button--icon" disabled={disabled} aria-label={`Remove part ${i + 1}, ${jobNumber}`} onClick={() => onChange(lines.filter((_, k) => k !== i))}>
            ×
          </button>
        </div>
      ))}
      <div className="close-out-parts__foot">
        <button type="button" className="button close-out-parts__add" disabled={disabled} onClick={() => onChange([...lines, emptyPart()])} aria-label={`Add a part, ${jobNumber}`}>
          + Part
        </button>
        {lines.length > 0 && <span className="close-out-parts__total">{formatMinor(totalMinor(lines))}</span>}
      </div>
    </div>
  );
}
