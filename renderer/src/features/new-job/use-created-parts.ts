import { useCallback, useMemo, useState } from 'react';
import type { Directory } from '../../../../shared/ipc/outputs';
import type { Contact, Site } from '../../../../shared/schemas/client';

/**
 * The directory's sites and contacts plus any just added from the form: the host's
 * `clients:changed` refetch arrives a moment later, and the new one must be pickable at once.
 */
export function useCreatedParts(directory: Directory | null) {
  const [created, setCreated] = useState<{ sites: Site[]; contacts: Contact[] }>({ sites: [], contacts: [] });
  const sites = useMemo(() => {
    const known = directory?.sites ?? [];
    const ids = new Set(known.map((s) => s.id));
    return [...known, ...created.sites.filter((s) => !ids.has(s.id))];
  }, [directory, created.sites]);
  const contacts = useMemo(() => {
    const known = directory?.contacts ?? [];
    const ids = new Set(known.map((c) => c.id));
    return [...known, ...created.contacts.filter((c) => !ids.has(c.id))];
  }, [directory, created.contacts]);
  const remember = useCallback((noun: 'site' | 'contact', record: Site | Contact) => {
    setCreated((c) =>
      noun === 'site' ? { ...c, sites: [...c.sites, record as Site] } : { ...c, contacts: [...c.contacts, record as Contact] },
    );
  }, []);
  return { sites, contacts, remember };
}
