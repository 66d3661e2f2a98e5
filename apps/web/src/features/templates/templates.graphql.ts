import { graphql } from '../../gql';

export const MESSAGE_TEMPLATES = graphql(`
  query MessageTemplates {
    messageTemplates {
      id
      channel
      stage
      language
      version
      subject
      body
      createdAt
      createdByName
    }
  }
`);

export const MESSAGE_TEMPLATE_VERSIONS = graphql(`
  query MessageTemplateVersions($channel: MessageChannel!, $stage: DunningStage!, $language: String!) {
    messageTemplateVersions(channel: $channel, stage: $stage, language: $language) {
      id
      version
      subject
      body
      createdAt
      createdByName
    }
  }
`);

export const TEMPLATE_PREVIEW = graphql(`
  query TemplatePreview($caseId: ID!, $channel: MessageChannel!, $stage: DunningStage!, $language: String!, $draft: MessageDraftInput!) {
    messagePreview(caseId: $caseId, channel: $channel, stage: $stage, language: $language, draft: $draft) {
      to
      subject
      body
    }
  }
`);

export const PREVIEW_CASES = graphql(`
  query TemplatePreviewCases($search: String) {
    cases(filter: { status: OPEN, search: $search }, page: { limit: 20 }) {
      items {
        id
        stage
        debtor {
          id
          name
          language
        }
        creditor {
          id
          name
          country
        }
      }
    }
  }
`);

export const UPDATE_MESSAGE_TEMPLATE = graphql(`
  mutation UpdateMessageTemplate($input: MessageTemplateInput!) {
    updateMessageTemplate(input: $input) {
      id
      channel
      stage
      language
      version
      subject
      body
      createdAt
      createdByName
    }
  }
`);
