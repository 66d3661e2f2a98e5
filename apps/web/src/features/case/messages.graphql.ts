import { graphql } from '../../gql';

export const CASE_MESSAGES = graphql(`
  query CaseMessages($id: ID!) {
    case(id: $id) {
      id
      stage
      debtor {
        id
        email
        phone
      }
      messages {
        id
        channel
        to
        subject
        body
        status
        attempts
        lastError
        language
        templateVersion
        templateStage
        sentByName
        createdAt
        processedAt
      }
    }
  }
`);

export const MESSAGE_PREVIEW = graphql(`
  query MessagePreview($caseId: ID!, $channel: MessageChannel!, $stage: DunningStage) {
    messagePreview(caseId: $caseId, channel: $channel, stage: $stage) {
      channel
      stage
      language
      templateVersion
      to
      subject
      body
      allowed
      refusal
      nextAllowedAt
    }
  }
`);

export const SEND_CASE_MESSAGE = graphql(`
  mutation SendCaseMessage($input: SendCaseMessageInput!) {
    sendCaseMessage(input: $input) {
      id
      channel
      status
    }
  }
`);
