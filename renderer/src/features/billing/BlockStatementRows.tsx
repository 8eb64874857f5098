import type { BlockEntry, BlockStatement } from '../../../../shared/billing/block-hours';
import { formatMinutes } from '../../../../shared/billing/money';

const movement = (e: BlockEntry) => (e.kind === 'top-up' ? `Top-up: ${e.description}` : e.kind === 'credit' ? `Credit: ${e.description}` : `Drawdown: ${e.description}`);

/** The rows of a block-hours statement (opening, each movement, closing), for the dialog and the print. */
export function BlockStatementRows({ statement, numberClass }: { statement: BlockStatement; numberClass: string }) {
  return (
    <>
      <tr>
        <td>{statement.from}</td>
        <td>Opening balance</td>
        <td className={numberClass}>{formatMinutes(statement.openingMinutes)}</td>
      </tr>
      {statement.entries.map((e, i) => (
        <tr key={i}>
          <td>{e.day}</td>
          <td>{movement(e)}</td>
          <td className={numberClass}>{formatMinutes(e.minutes)}</td>
        </tr>
      ))}
      <tr>
        <td>{statement.to}</td>
        <th scope="row">Closing balance</th>
        <td className={numberClass}>
          <strong>{formatMinutes(statement.closingMinutes)}</strong>
        </td>
      </tr>
    </>
  );
}
