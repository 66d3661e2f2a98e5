import tsParser from '@typescript-eslint/parser';
import formatjs from 'eslint-plugin-formatjs';

// Only the i18n rules: a string a person reads in JSX goes through react-intl with an explicit id.
export default [
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/gql/**'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': ['error', { props: { include: [['*', '{label,placeholder,title,alt,summary}']] } }],
      // Explicit, feature-prefixed ids ("queue.claimNext"): translations keep their key when the English text changes.
      'formatjs/enforce-id': ['error', { idInterpolationPattern: '[sha512:contenthash:base64:6]', idWhitelist: ['^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+$'] }],
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-placeholders': 'error',
      'formatjs/no-multiple-whitespaces': 'error',
    },
  },
];
