import { useState } from 'react';
import { ArchiveDialog } from './ArchiveDialog';

/** The header's "Archive" button and the read-only archive search it opens. */
export function ArchiveButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)} title="Search finished jobs moved to the archive">
        Archive
      </button>
      {open && <ArchiveDialog onClose={() => setOpen(false)} />}
    </>
  );
}
