// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports renderer code must never make: the renderer runs in a browser, sandboxed. */
const hardwareAndNodeImports = {
  patterns: [
    {
      group: ['node:*'],
      message: 'Renderer code cannot use Node built-ins: ask the queue server.',
    },
    { group: ['serialport', '@serialport/*'], message: 'Renderer code never touches hardware.' },
    { group: ['node-hid'], message: 'Renderer code never touches hardware.' },
    { group: ['electron'], message: 'Renderer code never imports Electron.' },
    {
      group: ['@openops/hardware', '@openops/queue-server', '@openops/shell'],
      message: 'Renderer code talks to the queue server only.',
    },
  ],
};

const rendererFiles = [
  'kiosk-app/src/**/*.{ts,tsx}',
  'counter-app/src/**/*.{ts,tsx}',
  'display-app/src/**/*.{ts,tsx}',
  'queue-server/client/src/**/*.{ts,tsx}',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.types/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: rendererFiles,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', hardwareAndNodeImports],
    },
  },
  {
    // The protocol module runs everywhere, so it must not reach for Node or hardware either.
    files: ['queue-server/protocol/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', hardwareAndNodeImports] },
  },
  {
    // The shell's logic stays testable without Electron: only its electron-*.ts files (and
    // the preload) may load it; the rest may import its types.
    files: ['build/shell/src/**/*.ts'],
    ignores: ['build/shell/src/electron-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message:
                'Only build/shell/src/electron-*.ts load Electron; put logic in plain modules.',
            },
            {
              name: 'electron-updater',
              message: 'Only build/shell/src/electron-*.ts load Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shell's local page runs sandboxed in Chromium, like the apps' renderers.
    files: ['build/shell/renderer/local-page-*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', hardwareAndNodeImports] },
  },
);
