import type { Job } from '../../../../shared/schemas/job';
import { useConsoleState } from '../../state/hooks';
import { ClientPlansMark } from '../maintenance/JobMaintenanceSection';

/**
 * Who to call and where to go: the contact's phone and e-mail (as links, so a softphone or mail
 * client can take them), the site's address, zone and access notes, and the client's environment
 * notes. Dispatchers phone the customer with the panel open, so this comes first.
 */
export function JobCustomer({ job }: { job: Job }) {
  const directory = useConsoleState((s) => s.directory);
  const client = directory?.clients.find((c) => c.id === job.clientId);
  const site = directory?.sites.find((s) => s.id === job.siteId);
  const contact = directory?.contacts.find((c) => c.id === job.contactId);

  return (
    <section className="job-section" aria-labelledby="job-customer-title">
      <h3 id="job-customer-title" className="job-section__title">
        Customer
      </h3>
      <dl className="job-facts">
        <dt>Client</dt>
        <dd>
          {client?.name ?? '—'} <ClientPlansMark clientId={job.clientId} />
        </dd>
        <dt>Contact</dt>
        <dd>
          {contact ? (
            <>
              {contact.name}
              {contact.phone && (
                <>
                  {' · '}
                  <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                </>
              )}
              {contact.email && (
                <>
                  {' · '}
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              )}
              {!contact.phone && !contact.email && <span className="job-muted"> (no phone or e-mail on file)</span>}
            </>
          ) : (
            <span className="job-muted">No contact on this job</span>
          )}
        </dd>
        <dt>Site</dt>
        <dd>
          {site ? (
            <>
              {site.name}
              {site.address && <span className="job-facts__line">{site.address}</span>}
              {site.zone && <span className="job-facts__line">Zone: {site.zone}</span>}
            </>
          ) : (
            <span className="job-muted">No site on this job</span>
          )}
        </dd>
        {site?.accessNotes && (
          <>
            <dt>Access</dt>
            <dd className="job-facts__note">{site.accessNotes}</dd>
          </>
        )}
        {client?.environmentNotes && (
          <>
            <dt>Environment</dt>
            <dd className="job-facts__note">{client.environmentNotes}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
