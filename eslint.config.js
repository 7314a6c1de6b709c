// The explorer's modules as the browser runs them (ES modules, browser globals), and their tests as Node
// runs them, each under ESLint's recommended rules. Nothing else in the project is JavaScript of ours.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['**/node_modules/', 'target/', 'clients/', 'bench/'] },
  {
    files: ['src/main/resources/static/explore/js/**/*.js'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.browser },
  },
  {
    files: ['src/test/js/**/*.js', 'eslint.config.js'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node },
  },
];
