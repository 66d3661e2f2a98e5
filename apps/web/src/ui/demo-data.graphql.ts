import { graphql } from '../gql';

/** True while demo accounts exist (public: the sign-in page asks too). */
export const DEMO_DATA = graphql(`
  query DemoData {
    demoData
  }
`);
