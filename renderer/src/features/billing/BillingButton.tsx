import { useState } from 'react';
import { BillingDialog } from './BillingDialog';

/** The header's "Billing" button and the dialog it opens (focus returns to the button on close). */
export function BillingButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" title="Billing: unbilled work, batches, CSV export, statements, contracts" onClick={() => setOpen(true)}>
        Billing
      </button>
      {open && <BillingDialog onClose={() => setOpen(false)} />}
    </>
  );
}
