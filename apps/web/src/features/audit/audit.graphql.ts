import { graphql } from '../../gql';

export const AUDIT_EVENTS = graphql(`
  query AuditEvents($filter: AuditEventFilter, $page: PageInput) {
    auditEvents(filter: $filter, page: $page) {
      totalCount
      items {
        id
        at
        action
        entity
        entityId
        caseId
        summary
        actor {
          id
          name
          email
        }
      }
    }
  }
`);

export const AUDIT_CHOICES = graphql(`
  query AuditChoices {
    users {
      id
      name
      email
    }
    creditors {
      id
      name
    }
  }
`);
