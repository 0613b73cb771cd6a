import { graphql } from '../../api/graphql.ts';

export const AUDIT_QUERY = graphql(`
  query AdminAudit($filter: AuditFilter) {
    auditLog(filter: $filter) {
      id actor action entityType entityId ward before after at
    }
  }
`);

/** The filters' choices: wards and the people who can have changed something. */
export const AUDIT_FILTERS_QUERY = graphql(`
  query AdminAuditFilters {
    users { id email name }
    wards { slug name: nameVi kind }
  }
`);
